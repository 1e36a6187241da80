// Transcripts: segments of speech, each with word timings (seconds from the start of the audio).
import { z } from "zod";

export const wordSchema = z.object({
  text: z.string(),
  start: z.number().min(0),
  end: z.number().min(0),
  confidence: z.number().min(0).max(1).nullish(),
});

export const segmentSchema = z.object({
  start: z.number().min(0),
  end: z.number().min(0),
  text: z.string(),
  speaker: z.string().nullish(),
  words: z.array(wordSchema).default([]),
});

export type Word = z.infer<typeof wordSchema>;
export type Segment = z.infer<typeof segmentSchema>;

export interface TranscriptData {
  language: string;
  provider: string; // "pocketsphinx" | "openai" | "import"
  durationSec: number;
  segments: Segment[];
}

export const transcriptText = (segments: Pick<Segment, "text">[]) => segments.map((s) => s.text.trim()).filter(Boolean).join("\n");
