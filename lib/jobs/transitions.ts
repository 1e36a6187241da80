import { ApiError } from "@/lib/api/errors";
import type { JobStatus } from "./views";

const busy: JobStatus[] = ["transcribing", "extracting", "generating"];

export function assertNotBusy(status: JobStatus, action: string) {
  if (busy.includes(status)) throw new ApiError("invalid_state", `The job is ${status}; wait for it to finish before you ${action}.`);
}

export function assertCanTranscribe(job: { status: JobStatus; sourceType: string; audioBlobKey: string | null; sourceBlobKey: string | null; sourceUrl: string | null }) {
  assertNotBusy(job.status, "transcribe again");
  const hasSource = job.audioBlobKey || job.sourceBlobKey || job.sourceUrl;
  if (!hasSource) throw new ApiError("invalid_state", "Upload audio before transcribing: POST /jobs/{id}/upload with the file in the audio field.");
  if (job.status === "delivered") throw new ApiError("invalid_state", "The job was delivered; create a new job to transcribe again.");
}

export function assertCanGenerate(job: { status: JobStatus }) {
  assertNotBusy(job.status, "generate a kit");
  if (!["transcribed", "review", "failed"].includes(job.status)) {
    throw new ApiError("invalid_state", job.status === "delivered" ? "The job was delivered; create a new job for another kit." : "Transcribe the recording first: POST /jobs/{id}/transcribe, then generate when the status is transcribed.");
  }
}
