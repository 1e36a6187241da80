import { randomUUID } from "node:crypto";
import { z } from "zod";
import { db, type Tx } from "@/lib/db";
import { ApiError } from "@/lib/api/errors";
import type { WorkspaceRef } from "@/lib/auth/caller";
import { getKitTemplate } from "@/lib/kits/get-kit-template";
import { assertWithinLimit } from "@/lib/usage/assert-within-limit";
import { sendEvent } from "@/inngest/send-event";
import { getJobOrThrow } from "./get-job-or-throw";
import { assertOutputLanguage, languageCode } from "./job-input";
import { assertCanGenerate } from "./transitions";
import { pipelineEvents } from "./events";
import { toJobSummary } from "./to-job-summary";
import { assertVoiceProfile } from "./assert-voice-profile";

export const generateKitInput = z.object({
  kitId: z.string().min(1).max(64),
  voiceProfileId: z.string().max(64).nullish(),
  outputLanguage: languageCode.nullish(),
});

/** POST /jobs/:id/generate-kit → 202: queues the Kit's generation. */
export async function requestKit(workspace: WorkspaceRef, jobId: number, input: z.infer<typeof generateKitInput>) {
  const job = await getJobOrThrow(workspace.id, jobId);
  assertCanGenerate(job);
  await getKitTemplate(workspace.id, input.kitId).catch(() => {
    throw new ApiError("invalid_request", `Unknown kitId "${input.kitId}"; GET /kits lists them.`, { param: "kitId" });
  });
  const language = input.outputLanguage ?? job.outputLanguage;
  assertOutputLanguage(workspace.plan, language);
  if (input.voiceProfileId) await assertVoiceProfile(workspace.id, input.voiceProfileId);
  await assertWithinLimit(workspace.id, "kits_generated", 1);
  return startGeneration(job.id, workspace.id, { kitId: input.kitId, voiceProfileId: input.voiceProfileId ?? null, outputLanguage: language });
}

type GenerationSettings = { kitId: string; voiceProfileId: string | null; outputLanguage: string };

export async function startGeneration(jobId: number, workspaceId: string, settings: GenerationSettings) {
  return db.$transaction((tx) => startGenerationInTx(tx, jobId, workspaceId, settings));
}

/** Moves the job to generating and queues the work, in the caller's transaction. */
export async function startGenerationInTx(tx: Tx, jobId: number, workspaceId: string, settings: GenerationSettings) {
  const generationId = randomUUID();
  const row = await tx.job.update({
    where: { id: jobId },
    data: { status: "generating", stage: "queued", progress: 0, error: null, errorCode: null, generationId, ...settings },
    include: { _count: { select: { assets: true } } },
  });
  await sendEvent(pipelineEvents.generate, { workspaceId, jobId, generationId }, tx);
  return toJobSummary(row);
}
