// What the extract stage finds in a transcript. Times are seconds into the recording.
import { z } from "zod";

export const momentSchema = z.object({
  title: z.string().min(1).max(200),
  summary: z.string().min(1).max(2000),
  start: z.number().min(0),
  end: z.number().min(0),
  score: z.number().default(0),
});

export const quoteSchema = z.object({
  text: z.string().min(1).max(1000), // verbatim substring of the transcript text
  start: z.number().min(0),
  end: z.number().min(0),
  speaker: z.string().nullish(),
  score: z.number().default(0),
});

export const extractionSchema = z.object({
  moments: z.array(momentSchema).max(50),
  quotes: z.array(quoteSchema).max(50),
  topics: z.array(z.object({ label: z.string(), weight: z.number() })).max(50),
  glossary: z.array(z.object({ term: z.string(), definition: z.string() })).max(100),
  actionItems: z.array(z.string()).max(100),
  questions: z.array(z.object({ question: z.string(), answer: z.string().nullish(), start: z.number().nullish() })).max(100),
});

export type Moment = z.infer<typeof momentSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Extraction = z.infer<typeof extractionSchema>;
