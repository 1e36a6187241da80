import os from "node:os";
import path from "node:path";
import { rm } from "node:fs/promises";
import { probeAudio } from "@/lib/media/probe-audio";
import { normalizeAudio } from "@/lib/media/normalize-audio";
import { readWavHeader } from "@/lib/media/read-wav-header";
import { detectSilences } from "@/lib/media/detect-silences";
import { planChunks, type Chunk } from "@/lib/media/plan-chunks";
import { cutChunk } from "@/lib/media/cut-chunk";
import { withTempDir } from "@/lib/media/with-temp-dir";
import type { Segment } from "@/lib/transcripts/model";
import type { AsrProvider } from "./model";
import { getAsrProvider } from "./get-asr-provider";
import { mapWithConcurrency } from "./map-with-concurrency";
import { mergeChunkSegments } from "./merge-chunk-segments";

export interface TranscribeProgress {
  doneChunks: number;
  totalChunks: number;
}

export interface TranscribeOptions {
  provider?: AsrProvider;
  /** Chunks transcribed at once; default one per CPU core (the offline engine is single-threaded). */
  parallelism?: number;
  language?: string;
  /** Longest chunk; the default spreads short files over the cores and caps long ones at ~60 s pieces. */
  chunkSec?: number;
  onProgress?: (progress: TranscribeProgress) => void;
}

export interface AudioTranscript {
  provider: string;
  language: string;
  durationSec: number;
  chunks: Chunk[];
  segments: Segment[];
}

/** ~60 s chunks for long audio; shorter ones for short audio, so every core gets work, but never under 15 s of context. */
export function defaultChunkSec(durationSec: number, parallelism: number) {
  return Math.min(60, Math.max(15, durationSec / parallelism));
}

/**
 * The whole transcription in one call: probe, normalise to 16 kHz mono, plan chunks at pauses,
 * transcribe chunks with bounded parallelism, merge to absolute times. The pipeline calls the
 * same steps one by one so each chunk can be a durable step; this is for scripts and tests.
 */
export async function transcribeAudioFile(file: string, options: TranscribeOptions = {}): Promise<AudioTranscript> {
  const provider = options.provider ?? getAsrProvider();
  const parallelism = Math.max(1, options.parallelism ?? os.availableParallelism());
  const language = options.language ?? "en";
  await probeAudio(file);
  return withTempDir("talksmith-transcribe-", async (dir) => {
    const wav = path.join(dir, "audio.wav");
    await normalizeAudio(file, wav);
    const { durationSec } = await readWavHeader(wav);
    const chunkSec = options.chunkSec ?? defaultChunkSec(durationSec, parallelism);
    const chunks = planChunks(durationSec, await detectSilences(wav), { targetSec: chunkSec, maxSec: chunkSec * 1.5 });
    let doneChunks = 0;
    const results = await mapWithConcurrency(chunks, parallelism, async (chunk) => {
      const chunkWav = path.join(dir, `chunk-${chunk.index}.wav`);
      try {
        if (chunks.length === 1) return { chunk, segments: await provider.transcribe(wav, { language }) };
        await cutChunk(wav, chunk, chunkWav);
        return { chunk, segments: await provider.transcribe(chunkWav, { language }) };
      } finally {
        await rm(chunkWav, { force: true });
        options.onProgress?.({ doneChunks: ++doneChunks, totalChunks: chunks.length });
      }
    });
    return { provider: provider.name, language, durationSec, chunks, segments: mergeChunkSegments(results) };
  });
}
