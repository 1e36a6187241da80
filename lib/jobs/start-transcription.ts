import { randomUUID } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import type { WorkspaceRef } from "@/lib/auth/caller";
import { assertWithinLimit } from "@/lib/usage/assert-within-limit";
import { sendEvent } from "@/inngest/send-event";
import { getJobOrThrow } from "./get-job-or-throw";
import { assertOutputLanguage, languageCode } from "./job-input";
import { assertCanTranscribe } from "./transitions";
import { pipelineEvents } from "./events";
import { toJobSummary } from "./to-job-summary";

export const transcribeInput = z.object({ outputLanguage: languageCode.optional() });

/** POST /jobs/:id/transcribe → 202: queues ingest → transcribe → extract. */
export async function startTranscription(workspace: WorkspaceRef, jobId: number, input: z.infer<typeof transcribeInput>) {
  const job = await getJobOrThrow(workspace.id, jobId);
  assertCanTranscribe(job);
  if (input.outputLanguage) assertOutputLanguage(workspace.plan, input.outputLanguage);
  const minutes = job.sourceType === "transcript" ? 0 : Math.max(1, Math.ceil((job.durationSec ?? 60) / 60));
  if (minutes) await assertWithinLimit(workspace.id, "minutes_transcribed", minutes);
  const transcriptionId = randomUUID();
  const updated = await db.$transaction(async (tx) => {
    const row = await tx.job.update({
      where: { id: job.id },
      data: { status: "transcribing", stage: "queued", progress: 0, error: null, errorCode: null, transcriptionId, outputLanguage: input.outputLanguage ?? job.outputLanguage },
      include: { _count: { select: { assets: true } } },
    });
    await sendEvent(pipelineEvents.transcribe, { workspaceId: workspace.id, jobId: job.id, transcriptionId }, tx);
    return row;
  });
  return toJobSummary(updated);
}
