// Stage 1: get the recording (download a URL source, or take the upload), then normalise it
// to 16 kHz mono WAV in blob storage and plan the chunks transcription will run in parallel.
import { mkdtemp, rm } from "node:fs/promises";
import { Readable } from "node:stream";
import os from "node:os";
import path from "node:path";
import { db } from "@/lib/db";
import { config } from "@/lib/config";
import { planLimits, type PlanId } from "@/lib/plans/plans";
import { getBlobStore } from "@/lib/storage";
import { withLocalFile } from "@/lib/storage/with-local-file";
import { safeFetch } from "@/lib/net/safe-fetch";
import { normalizeAudio } from "@/lib/media/normalize-audio";
import { probeAudio } from "@/lib/media/probe-audio";
import { detectSilences } from "@/lib/media/detect-silences";
import { planChunks } from "@/lib/media/plan-chunks";
import { GuardedStream } from "@/lib/jobs/guarded-stream";
import { jobOriginalKey, jobWavKey } from "@/lib/jobs/job-blobs";
import type { TranscribeEvent } from "@/lib/jobs/events";
import { NonRetriableError } from "@/inngest/define-job";
import { currentJob } from "./current-job";

export interface AudioChunk {
  index: number;
  start: number;
  end: number;
}

export type IngestResult = { kind: "transcript" } | { kind: "audio"; wavKey: string; durationSec: number; chunks: AudioChunk[] };

/** Target chunk length: long enough for context, short enough that chunks spread over the cores. */
const chunkTargetSec = () => Number(process.env.TALKSMITH_CHUNK_SEC ?? 60);

async function downloadSource(workspaceId: string, jobId: number, url: string, plan: PlanId) {
  const maxBytes = planLimits[plan].maxUploadBytes;
  const res = await safeFetch(url, { allowPrivate: config.allowPrivateUrls, maxBytes, timeoutMs: 10 * 60_000 });
  if (!res.ok || !res.body) throw new NonRetriableError(`The source URL answered HTTP ${res.status}.`, "source_unreachable");
  const guard = new GuardedStream(maxBytes);
  const key = jobOriginalKey(workspaceId, jobId);
  await getBlobStore().put(key, Readable.fromWeb(res.body as import("node:stream/web").ReadableStream<Uint8Array>).pipe(guard));
  const fileName = decodeURIComponent(new URL(url).pathname.split("/").pop() || "") || null;
  await db.job.update({ where: { id: jobId }, data: { audioBlobKey: key, audioMimeType: guard.mime, audioBytes: guard.bytes, audioFileName: fileName } });
  return key;
}

export async function ingestSource(data: TranscribeEvent): Promise<IngestResult> {
  const job = await currentJob(data.workspaceId, data.jobId, data);
  await db.job.update({ where: { id: job.id }, data: { stage: "ingest", progress: 2 } });
  if (job.sourceType === "transcript") return { kind: "transcript" };
  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: job.workspaceId } });
  const originalKey = job.audioBlobKey ?? (job.sourceUrl ? await downloadSource(job.workspaceId, job.id, job.sourceUrl, workspace.plan as PlanId) : null);
  if (!originalKey) throw new NonRetriableError("The job has no audio; upload it first.", "no_source");

  const wavKey = jobWavKey(job.workspaceId, job.id);
  const dir = await mkdtemp(path.join(os.tmpdir(), "talksmith-ingest-"));
  try {
    const wav = path.join(dir, "audio.wav");
    await withLocalFile(originalKey, (file) => normalizeAudio(file, wav));
    const { durationSec } = await probeAudio(wav);
    const silences = await detectSilences(wav);
    const chunks = planChunks(durationSec, silences, { targetSec: chunkTargetSec(), maxSec: chunkTargetSec() * 1.5 });
    await getBlobStore().put(wavKey, (await import("node:fs")).createReadStream(wav), { contentType: "audio/wav" });
    await db.job.update({ where: { id: job.id }, data: { durationSec, stage: "transcribe", progress: 5 } });
    return { kind: "audio", wavKey, durationSec, chunks };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
