// Pipeline events (the Inngest event names both runners listen to).
import { z } from "zod";

export const pipelineEvents = {
  transcribe: "talksmith/job.transcribe.requested",
  generate: "talksmith/job.generate.requested",
} as const;

export const transcribeEventSchema = z.object({ workspaceId: z.string(), jobId: z.number().int(), transcriptionId: z.string() });
export const generateEventSchema = z.object({ workspaceId: z.string(), jobId: z.number().int(), generationId: z.string() });

export type TranscribeEvent = z.infer<typeof transcribeEventSchema>;
export type GenerateEvent = z.infer<typeof generateEventSchema>;
