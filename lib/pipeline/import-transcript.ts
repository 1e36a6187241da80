import { db } from "@/lib/db";
import { getBlobStore } from "@/lib/storage";
import { parseTranscriptText } from "@/lib/transcripts/parse-transcript-text";
import type { TranscribeEvent } from "@/lib/jobs/events";
import { NonRetriableError } from "@/inngest/define-job";
import { currentJob } from "./current-job";
import { saveTranscript } from "./save-transcript";

async function readText(key: string) {
  const parts: Buffer[] = [];
  for await (const part of await getBlobStore().get(key)) parts.push(Buffer.from(part as Buffer));
  return Buffer.concat(parts).toString("utf8");
}

/** Pasted or imported text (plain, SRT, VTT) becomes the transcript without speech recognition. */
export async function importTranscript(data: TranscribeEvent) {
  const job = await currentJob(data.workspaceId, data.jobId, data);
  if (!job.sourceBlobKey) throw new NonRetriableError("The job has no transcript text.", "no_source");
  const parsed = parseTranscriptText(await readText(job.sourceBlobKey));
  await db.job.update({ where: { id: job.id }, data: { stage: "import", progress: 40 } });
  return saveTranscript(data, { provider: "import", language: job.outputLanguage, durationSec: parsed.durationSec, segments: parsed.segments, billableSec: 0 });
}
