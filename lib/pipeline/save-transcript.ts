import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordUsage } from "@/lib/usage/record-usage";
import { transcriptText, type Segment } from "@/lib/transcripts/model";
import type { TranscribeEvent } from "@/lib/jobs/events";
import { currentJob } from "./current-job";

export interface TranscriptToSave {
  provider: string;
  language: string;
  durationSec: number;
  segments: Segment[];
  /** Minutes to meter (0 for imported transcripts). */
  billableSec: number;
}

/**
 * Replaces the job's transcript in one transaction and meters the minutes once per
 * transcription request: replaying this step (after a crash) changes nothing.
 */
export async function saveTranscript(data: TranscribeEvent, transcript: TranscriptToSave) {
  const job = await currentJob(data.workspaceId, data.jobId, data);
  const text = transcriptText(transcript.segments);
  await db.$transaction(async (tx) => {
    const existing = await tx.transcript.findUnique({ where: { jobId: job.id }, select: { requestId: true } });
    if (existing?.requestId === data.transcriptionId) return;
    await tx.transcript.deleteMany({ where: { jobId: job.id } });
    await tx.transcript.create({
      data: {
        workspaceId: job.workspaceId,
        jobId: job.id,
        language: transcript.language,
        provider: transcript.provider,
        text,
        durationSec: transcript.durationSec,
        requestId: data.transcriptionId,
        segments: {
          createMany: {
            data: transcript.segments.map((s, position) => ({
              workspaceId: job.workspaceId,
              position,
              start: s.start,
              end: s.end,
              text: s.text,
              speaker: s.speaker ?? null,
              words: s.words as unknown as Prisma.InputJsonValue,
            })),
          },
        },
      },
    });
    if (transcript.billableSec > 0) await recordUsage(tx, job.workspaceId, "minutes_transcribed", Math.ceil((transcript.billableSec / 60) * 100) / 100, job.id);
    await tx.job.update({ where: { id: job.id }, data: { status: "extracting", stage: "extract", progress: 75, durationSec: transcript.durationSec } });
  });
  return { segments: transcript.segments.length, words: transcript.segments.reduce((n, s) => n + s.words.length, 0) };
}
