import { db } from "@/lib/db";
import type { VoiceProfileView } from "./model";
import { toVoiceProfileView } from "./to-voice-profile-view";

export async function listVoiceProfiles(workspaceId: string): Promise<{ data: VoiceProfileView[] }> {
  const rows = await db.voiceProfile.findMany({ where: { workspaceId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return { data: rows.map(toVoiceProfileView) };
}
