import type { VoiceProfileSpec } from "@/lib/kits/model";
import { findVoiceProfileOrThrow } from "./find-voice-profile-or-throw";

/** The profile as the generators read it. */
export async function getVoiceProfileSpec(workspaceId: string, id: string): Promise<VoiceProfileSpec> {
  const v = await findVoiceProfileOrThrow(workspaceId, id);
  return { name: v.name, tone: v.tone, audience: v.audience, preferWords: v.preferWords, avoidWords: v.avoidWords, exampleText: v.exampleText };
}
