import { db } from "@/lib/db";
import { findVoiceProfileOrThrow } from "./find-voice-profile-or-throw";

export async function deleteVoiceProfile(workspaceId: string, id: string): Promise<{ id: string; deleted: true }> {
  await findVoiceProfileOrThrow(workspaceId, id);
  await db.voiceProfile.deleteMany({ where: { id, workspaceId } });
  return { id, deleted: true };
}
