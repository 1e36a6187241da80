import { db } from "@/lib/db";
import { notFound } from "@/lib/api/errors";
import type { VoiceProfileSpec } from "@/lib/kits/model";

export async function getVoiceProfileSpec(workspaceId: string, id: string): Promise<VoiceProfileSpec> {
  const v = await db.voiceProfile.findFirst({ where: { id, workspaceId } });
  if (!v) throw notFound("Voice profile");
  return { name: v.name, tone: v.tone, audience: v.audience, preferWords: v.preferWords, avoidWords: v.avoidWords, exampleText: v.exampleText };
}
