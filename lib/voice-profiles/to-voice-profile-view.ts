import type { VoiceProfile } from "@/lib/generated/prisma/client";
import type { VoiceProfileView } from "./model";

export function toVoiceProfileView(v: VoiceProfile): VoiceProfileView {
  return { id: v.id, name: v.name, tone: v.tone, audience: v.audience, preferWords: v.preferWords, avoidWords: v.avoidWords, exampleText: v.exampleText, createdAt: v.createdAt.toISOString(), updatedAt: v.updatedAt.toISOString() };
}
