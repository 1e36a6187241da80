import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { ApiError } from "@/lib/api/errors";
import type { WorkspaceRef } from "@/lib/auth/caller";
import { sendEvent } from "@/inngest/send-event";
import { getJobOrThrow } from "./get-job-or-throw";
import { pipelineEvents } from "./events";
import { toJobSummary } from "./to-job-summary";

export const MAX_RETRIES = 3;

/** POST /jobs/:id/retry: a failed job resumes from the stage that failed, at most 3 times. */
export async function retryJob(workspace: WorkspaceRef, jobId: number) {
  const job = await getJobOrThrow(workspace.id, jobId);
  if (job.status !== "failed") throw new ApiError("invalid_state", `Only failed jobs can be retried; this one is ${job.status}.`);
  if (job.retryCount >= MAX_RETRIES) throw new ApiError("invalid_state", `This job was already retried ${MAX_RETRIES} times; create a new job.`);
  const hasTranscript = (await db.jobInsights.count({ where: { jobId: job.id } })) > 0;
  const generate = hasTranscript && job.kitId !== null && job.errorCode === "generate_failed";
  const requestId = randomUUID();
  return db.$transaction(async (tx) => {
    const row = await tx.job.update({
      where: { id: job.id },
      data: {
        status: generate ? "generating" : "transcribing",
        stage: "queued",
        progress: 0,
        error: null,
        errorCode: null,
        retryCount: { increment: 1 },
        ...(generate ? { generationId: requestId } : { transcriptionId: requestId }),
      },
      include: { _count: { select: { assets: true } } },
    });
    await sendEvent(
      generate ? pipelineEvents.generate : pipelineEvents.transcribe,
      generate ? { workspaceId: workspace.id, jobId: job.id, generationId: requestId } : { workspaceId: workspace.id, jobId: job.id, transcriptionId: requestId },
      tx,
    );
    return toJobSummary(row);
  });
}
