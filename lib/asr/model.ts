import type { Segment } from "@/lib/transcripts/model";

/**
 * Speech-to-text behind one small interface. transcribe() takes a 16 kHz mono WAV (usually one
 * chunk of a longer recording); times in the result are relative to that file, and
 * mergeChunkSegments makes them absolute.
 */
export interface AsrProvider {
  name: string;
  languages: string[];
  transcribe(wavPath: string, options: { language: string }): Promise<Segment[]>;
}
