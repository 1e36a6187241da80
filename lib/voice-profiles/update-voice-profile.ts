import { db } from "@/lib/db";
import type { VoiceProfileInput, VoiceProfileView } from "./model";
import { findVoiceProfileOrThrow } from "./find-voice-profile-or-throw";
import { toVoiceProfileView } from "./to-voice-profile-view";

/** PUT semantics: fields left out return to their defaults. */
export async function updateVoiceProfile(workspaceId: string, id: string, input: VoiceProfileInput): Promise<VoiceProfileView> {
  await findVoiceProfileOrThrow(workspaceId, id);
  const row = await db.voiceProfile.update({ where: { id }, data: { ...input, audience: input.audience ?? null, exampleText: input.exampleText ?? null } });
  return toVoiceProfileView(row);
}
