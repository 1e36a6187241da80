import { ApiError } from "@/lib/api/errors";
import { getBlobStore } from "@/lib/storage";
import { getJobOrThrow } from "./get-job-or-throw";
import { jobBlobPrefix, jobWavKey } from "./job-blobs";

const BUCKETS = 800;

async function computePeaks(wavKey: string, size: number): Promise<number[]> {
  const samples = Math.max(1, Math.floor((size - 44) / 2));
  const perBucket = Math.max(1, Math.floor(samples / BUCKETS));
  const peaks: number[] = [];
  let max = 0;
  let count = 0;
  let carry: Buffer | null = null;
  let skipped = false;
  for await (const part of await getBlobStore().get(wavKey)) {
    let buf: Buffer = carry ? Buffer.concat([carry, part as Buffer]) : (part as Buffer);
    if (!skipped) {
      buf = buf.subarray(44);
      skipped = true;
    }
    const even = buf.length - (buf.length % 2);
    for (let i = 0; i < even; i += 2) {
      const v = Math.abs(buf.readInt16LE(i));
      if (v > max) max = v;
      if (++count === perBucket) {
        peaks.push(Math.round((max / 32768) * 1000) / 1000);
        max = 0;
        count = 0;
      }
    }
    carry = even < buf.length ? buf.subarray(even) : null;
  }
  if (count) peaks.push(Math.round((max / 32768) * 1000) / 1000);
  return peaks;
}

/** Peaks of the normalised audio for the Studio's waveform, computed once and cached as a blob. */
export async function getWaveform(workspaceId: string, jobId: number) {
  const job = await getJobOrThrow(workspaceId, jobId);
  const wavKey = jobWavKey(workspaceId, job.id);
  const store = getBlobStore();
  const info = await store.stat(wavKey);
  if (!info) throw new ApiError("not_found", "The waveform is ready once transcription has started.");
  const cacheKey = `${jobBlobPrefix(workspaceId, job.id)}waveform.json`;
  if (await store.stat(cacheKey)) {
    const parts: Buffer[] = [];
    for await (const p of await store.get(cacheKey)) parts.push(p as Buffer);
    return JSON.parse(Buffer.concat(parts).toString("utf8")) as { durationSec: number; peaks: number[] };
  }
  const result = { durationSec: (info.size - 44) / 32000, peaks: await computePeaks(wavKey, info.size) };
  await store.put(cacheKey, JSON.stringify(result), { contentType: "application/json" });
  return result;
}
