import type { Segment } from "@/lib/transcripts/model";

/** Speech-to-text behind one small interface; times in the result are relative to the file. */
export interface AsrProvider {
  name: string;
  languages: string[];
  transcribe(wavPath: string, options: { language: string }): Promise<Segment[]>;
}
