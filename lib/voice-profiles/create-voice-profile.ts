import { db } from "@/lib/db";
import { findWorkspaceOrThrow } from "@/lib/usage/find-workspace-or-throw";
import type { VoiceProfileInput, VoiceProfileView } from "./model";
import { toVoiceProfileView } from "./to-voice-profile-view";

export async function createVoiceProfile(workspaceId: string, input: VoiceProfileInput): Promise<VoiceProfileView> {
  await findWorkspaceOrThrow(workspaceId);
  const row = await db.voiceProfile.create({ data: { workspaceId, ...input, audience: input.audience ?? null, exampleText: input.exampleText ?? null } });
  return toVoiceProfileView(row);
}
