import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { db } from "@/lib/db";
import { config } from "@/lib/config";
import { getAsrProvider } from "@/lib/asr/get-asr-provider";
import type { Segment } from "@/lib/transcripts/model";
import type { TranscribeEvent } from "@/lib/jobs/events";
import { createSemaphore } from "./semaphore";
import { currentJob } from "./current-job";
import { writeWavRange } from "./wav-range";
import type { AudioChunk } from "./ingest-source";

// Chunk steps may all start at once (Promise.all of steps); speech recognition is CPU-bound,
// so at most one per core runs in this process.
const limit = createSemaphore(config.asrWorkers ?? Math.max(1, os.availableParallelism()));

/** Stage 2 (one step per chunk): transcribe seconds [start, end) of the normalised audio. */
export async function transcribeChunk(data: TranscribeEvent, wavKey: string, chunk: AudioChunk, totalChunks: number): Promise<Segment[]> {
  await currentJob(data.workspaceId, data.jobId, data);
  const segments = await limit(async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "talksmith-chunk-"));
    try {
      const file = path.join(dir, `chunk-${chunk.index}.wav`);
      await writeWavRange(wavKey, chunk.start, chunk.end, file);
      return await getAsrProvider().transcribe(file, { language: "en" });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
  const step = Math.ceil(65 / Math.max(1, totalChunks));
  await db.$executeRaw`UPDATE "Job" SET "progress" = LEAST(70, "progress" + ${step}) WHERE "id" = ${data.jobId}`;
  return segments;
}
