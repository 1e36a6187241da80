// The API shapes of a job (SPEC §4): camelCase, nulls present, ISO 8601 UTC timestamps.
import { z } from "zod";
import { assetDocumentSchema } from "@/lib/documents/model";

export const jobStatuses = ["draft", "uploaded", "transcribing", "extracting", "transcribed", "generating", "review", "delivered", "failed"] as const;
export const jobStatusSchema = z.enum(jobStatuses);
export type JobStatus = z.infer<typeof jobStatusSchema>;

const iso = z.string().meta({ format: "date-time" });

export const jobSummarySchema = z.object({
  id: z.number().int(),
  title: z.string(),
  status: jobStatusSchema,
  stage: z.string().nullable(),
  progress: z.number().int().min(0).max(100),
  kitId: z.string().nullable(),
  audience: z.string().nullable(),
  outputLanguage: z.string(),
  sourceType: z.enum(["upload", "url", "transcript"]),
  error: z.string().nullable(),
  archived: z.boolean(),
  assetCount: z.number().int(),
  createdAt: iso,
  updatedAt: iso,
});

export const wordView = z.object({ text: z.string(), start: z.number(), end: z.number(), confidence: z.number().nullable() });
export const segmentView = z.object({ start: z.number(), end: z.number(), text: z.string(), speaker: z.string().nullable(), words: z.array(wordView) });

export const assetSummarySchema = z.object({
  id: z.string(),
  type: z.string(),
  title: z.string(),
  status: z.enum(["draft", "approved", "discarded"]),
  position: z.number().int(),
  editedAt: iso.nullable(),
  formats: z.array(z.enum(["pdf", "docx", "md", "png"])),
  content: assetDocumentSchema,
});

export const jobDetailSchema = jobSummarySchema.extend({
  sourceUrl: z.string().nullable(),
  autoRun: z.boolean(),
  voiceProfileId: z.string().nullable(),
  retryCount: z.number().int(),
  errorCode: z.string().nullable(),
  deliveredAt: iso.nullable(),
  audio: z.object({ fileName: z.string().nullable(), mimeType: z.string().nullable(), bytes: z.number().nullable(), durationSec: z.number().nullable() }).nullable(),
  transcript: z
    .object({ language: z.string(), provider: z.string(), durationSec: z.number(), text: z.string(), segments: z.array(segmentView) })
    .nullable(),
  moments: z.array(z.object({ id: z.string(), title: z.string(), summary: z.string(), start: z.number(), end: z.number(), score: z.number() })),
  quotes: z.array(
    z.object({ id: z.string(), text: z.string(), originalText: z.string(), start: z.number(), end: z.number(), speaker: z.string().nullable(), favourite: z.boolean(), score: z.number() }),
  ),
  insights: z
    .object({
      topics: z.array(z.object({ label: z.string(), weight: z.number() })),
      glossary: z.array(z.object({ term: z.string(), definition: z.string() })),
      actionItems: z.array(z.string()),
      questions: z.array(z.object({ question: z.string(), answer: z.string().nullish(), start: z.number().nullish() })),
    })
    .nullable(),
  kit: z.object({ id: z.string(), kitId: z.string(), name: z.string(), provider: z.string(), language: z.string(), createdAt: iso }).nullable(),
  assets: z.array(assetSummarySchema),
});

export type JobSummary = z.infer<typeof jobSummarySchema>;
export type JobDetail = z.infer<typeof jobDetailSchema>;
