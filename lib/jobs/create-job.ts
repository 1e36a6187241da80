import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { ApiError } from "@/lib/api/errors";
import { config } from "@/lib/config";
import type { WorkspaceRef } from "@/lib/auth/caller";
import { getBlobStore } from "@/lib/storage";
import { getKitTemplate } from "@/lib/kits/get-kit-template";
import { assertPublicUrl } from "@/lib/net/assert-public-url";
import { parseTranscriptText, TranscriptParseError } from "@/lib/transcripts/parse-transcript-text";
import { sendEvent } from "@/inngest/send-event";
import { getJobDetail } from "./get-job-detail";
import { jobSourceTextKey } from "./job-blobs";
import { assertOutputLanguage, type CreateJobInput } from "./job-input";
import { pipelineEvents } from "./events";
import { assertVoiceProfile } from "./assert-voice-profile";
import { probeSourceUrl } from "./probe-source-url";

/** POST /jobs: from an upload (next call), a public URL, or pasted transcript text. */
export async function createJob(workspace: WorkspaceRef, input: CreateJobInput) {
  if (input.kitId) await getKitTemplate(workspace.id, input.kitId).catch(() => {
    throw new ApiError("invalid_request", `Unknown kitId "${input.kitId}"; GET /kits lists them.`, { param: "kitId" });
  });
  assertOutputLanguage(workspace.plan, input.outputLanguage);
  if (input.voiceProfileId) await assertVoiceProfile(workspace.id, input.voiceProfileId);
  if (input.sourceUrl) {
    await assertPublicUrl(input.sourceUrl, { allowPrivate: config.allowPrivateUrls }).catch((error: Error) => {
      throw error instanceof ApiError ? error : new ApiError("invalid_request", error.message, { param: "sourceUrl" });
    });
    await probeSourceUrl(input.sourceUrl);
  }
  if (input.transcript) {
    try {
      parseTranscriptText(input.transcript);
    } catch (error) {
      if (error instanceof TranscriptParseError) throw new ApiError("invalid_request", error.message, { param: "transcript" });
      throw error;
    }
  }

  const sourceType = input.transcript ? "transcript" : input.sourceUrl ? "url" : "upload";
  const runNow = input.autoRun && sourceType !== "upload";
  const transcriptionId = runNow ? randomUUID() : null;

  const job = await db.$transaction(async (tx) => {
    const created = await tx.job.create({
      data: {
        workspaceId: workspace.id,
        title: input.title,
        kitId: input.kitId ?? null,
        audience: input.audience ?? null,
        outputLanguage: input.outputLanguage,
        voiceProfileId: input.voiceProfileId ?? null,
        sourceType,
        sourceUrl: input.sourceUrl ?? null,
        autoRun: input.autoRun,
        status: runNow ? "transcribing" : sourceType === "transcript" ? "uploaded" : "draft",
        stage: runNow ? "queued" : null,
        transcriptionId,
      },
    });
    if (input.transcript) {
      const key = jobSourceTextKey(workspace.id, created.id);
      await getBlobStore().put(key, input.transcript, { contentType: "text/plain; charset=utf-8" });
      await tx.job.update({ where: { id: created.id }, data: { sourceBlobKey: key } });
    }
    if (runNow) await sendEvent(pipelineEvents.transcribe, { workspaceId: workspace.id, jobId: created.id, transcriptionId }, tx);
    return created;
  });
  return getJobDetail(workspace.id, job.id);
}
