import { z } from "zod";

const wordList = z.array(z.string().trim().min(1).max(60)).max(50).default([]);

/** Create and replace (PUT) body. */
export const voiceProfileInput = z.object({
  name: z.string().trim().min(1).max(80),
  tone: z.string().trim().min(1).max(60).default("clear"),
  audience: z.string().trim().max(200).nullish(),
  preferWords: wordList,
  avoidWords: wordList,
  exampleText: z.string().max(5000).nullish(),
});
export type VoiceProfileInput = z.output<typeof voiceProfileInput>;

export const voiceProfileView = z.object({
  id: z.string(),
  name: z.string(),
  tone: z.string(),
  audience: z.string().nullable(),
  preferWords: z.array(z.string()),
  avoidWords: z.array(z.string()),
  exampleText: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type VoiceProfileView = z.infer<typeof voiceProfileView>;
