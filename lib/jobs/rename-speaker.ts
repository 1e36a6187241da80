import { z } from "zod";
import { db } from "@/lib/db";
import { ApiError } from "@/lib/api/errors";
import { getJobOrThrow } from "./get-job-or-throw";

export const renameSpeakerInput = z.object({ from: z.string().trim().min(1).max(80).nullable(), to: z.string().trim().min(1).max(80) });

/** Renames a speaker everywhere in the transcript and its quotes (from: null labels unlabelled segments). */
export async function renameSpeaker(workspaceId: string, jobId: number, input: z.infer<typeof renameSpeakerInput>) {
  const job = await getJobOrThrow(workspaceId, jobId);
  const transcript = await db.transcript.findUnique({ where: { jobId: job.id }, select: { id: true } });
  if (!transcript) throw new ApiError("invalid_state", "This job has no transcript yet.");
  return db.$transaction(async (tx) => {
    const segments = await tx.transcriptSegment.updateMany({ where: { transcriptId: transcript.id, speaker: input.from }, data: { speaker: input.to } });
    const quotes = await tx.quote.updateMany({ where: { jobId: job.id, speaker: input.from }, data: { speaker: input.to } });
    await tx.job.update({ where: { id: job.id }, data: { updatedAt: new Date() } });
    return { segments: segments.count, quotes: quotes.count };
  });
}
