import { z } from "zod";
import { db } from "@/lib/db";
import type { VoiceProfile } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/api/errors";

const wordList = z.array(z.string().trim().min(1).max(60)).max(50).default([]);

export const voiceProfileInput = z.object({
  name: z.string().trim().min(1).max(80),
  tone: z.string().trim().min(1).max(60).default("clear"),
  audience: z.string().trim().max(200).nullish(),
  preferWords: wordList,
  avoidWords: wordList,
  exampleText: z.string().max(5000).nullish(),
});

export const voiceProfileView = voiceProfileInput.extend({ id: z.string(), audience: z.string().nullable(), exampleText: z.string().nullable(), createdAt: z.string() });

const view = (v: VoiceProfile) => ({ id: v.id, name: v.name, tone: v.tone, audience: v.audience, preferWords: v.preferWords, avoidWords: v.avoidWords, exampleText: v.exampleText, createdAt: v.createdAt.toISOString() });

export async function listVoiceProfiles(workspaceId: string) {
  return { data: (await db.voiceProfile.findMany({ where: { workspaceId }, orderBy: { createdAt: "asc" } })).map(view) };
}

export async function createVoiceProfile(workspaceId: string, input: z.infer<typeof voiceProfileInput>) {
  return view(await db.voiceProfile.create({ data: { workspaceId, ...input, audience: input.audience ?? null, exampleText: input.exampleText ?? null } }));
}

export async function updateVoiceProfile(workspaceId: string, id: string, input: z.infer<typeof voiceProfileInput>) {
  if (!(await db.voiceProfile.findFirst({ where: { id, workspaceId } }))) throw notFound("Voice profile");
  return view(await db.voiceProfile.update({ where: { id }, data: { ...input, audience: input.audience ?? null, exampleText: input.exampleText ?? null } }));
}

export async function deleteVoiceProfile(workspaceId: string, id: string) {
  if (!(await db.voiceProfile.findFirst({ where: { id, workspaceId } }))) throw notFound("Voice profile");
  await db.voiceProfile.delete({ where: { id } });
  return { id, deleted: true as const };
}
