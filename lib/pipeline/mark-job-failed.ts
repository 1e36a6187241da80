import { db } from "@/lib/db";
import { emitJobEvent } from "@/lib/jobs/emit-job-event";
import { SupersededError } from "./current-job";

/** After the last retry: the job is failed with a message a person can act on, and job.failed fires. */
export async function markJobFailed(workspaceId: string, jobId: number, request: { transcriptionId?: string; generationId?: string }, stage: "transcribe" | "generate", error: Error) {
  if (error instanceof SupersededError) return;
  await db.$transaction(async (tx) => {
    const job = await tx.job.findFirst({ where: { id: jobId, workspaceId } });
    if (!job) return;
    if (request.transcriptionId && job.transcriptionId !== request.transcriptionId) return;
    if (request.generationId && job.generationId !== request.generationId) return;
    const message = error.message.slice(0, 1000) || "The job failed.";
    const updated = await tx.job.update({ where: { id: jobId }, data: { status: "failed", stage, error: message, errorCode: `${stage}_failed` } });
    await emitJobEvent(tx, updated, "job.failed", { error: { stage, message } });
  });
}
