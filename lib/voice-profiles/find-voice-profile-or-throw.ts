import { db } from "@/lib/db";
import { notFound } from "@/lib/api/errors";

/** A voice profile of this workspace; another workspace's id answers 404 like a missing one. */
export async function findVoiceProfileOrThrow(workspaceId: string, id: string) {
  const profile = await db.voiceProfile.findFirst({ where: { id, workspaceId } });
  if (!profile) throw notFound("Voice profile");
  return profile;
}
