import { db } from "@/lib/db";
import { ApiError } from "@/lib/api/errors";

export async function assertVoiceProfile(workspaceId: string, id: string) {
  const found = await db.voiceProfile.findFirst({ where: { id, workspaceId }, select: { id: true } });
  if (!found) throw new ApiError("invalid_request", "Unknown voiceProfileId for this workspace.", { param: "voiceProfileId" });
}
