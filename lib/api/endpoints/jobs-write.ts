import { z } from "zod";
import { defineEndpoint } from "@/lib/api/define-endpoint";
import { createJob } from "@/lib/jobs/create-job";
import { createJobInput } from "@/lib/jobs/job-input";
import { uploadJobAudio } from "@/lib/jobs/upload-job-audio";
import { startTranscription, transcribeInput } from "@/lib/jobs/start-transcription";
import { generateKitInput, requestKit } from "@/lib/jobs/request-kit";
import { retryJob } from "@/lib/jobs/retry-job";
import { archiveInput, archiveJob } from "@/lib/jobs/archive-job";
import { deliverJob } from "@/lib/jobs/deliver-job";
import { deleteJob } from "@/lib/jobs/delete-job";
import { renameSpeaker, renameSpeakerInput } from "@/lib/jobs/rename-speaker";
import { jobDetailSchema, jobSummarySchema } from "@/lib/jobs/views";
import { jobIdParams } from "./jobs-read";

export const createJobEndpoint = defineEndpoint({
  method: "POST",
  path: "/jobs",
  summary: "Create a job from an upload (next call), a public URL, or transcript text",
  description: "`autoRun: true` runs the whole pipeline (transcribe → extract → generate the kit) without further calls.",
  tags: ["Jobs"],
  auth: "api",
  scopes: ["jobs:write"],
  body: createJobInput,
  status: 201,
  response: jobDetailSchema,
  handler: async ({ workspace, body }) => createJob(workspace, body),
});

export const uploadEndpoint = defineEndpoint({
  method: "POST",
  path: "/jobs/{id}/upload",
  summary: "Upload the recording (multipart field `audio`)",
  description: "mp3, m4a, wav, ogg, webm, mp4 or flac; the type is sniffed from the bytes. Streams to storage; the size limit depends on the plan.",
  tags: ["Jobs"],
  auth: "api",
  scopes: ["jobs:write"],
  params: jobIdParams,
  body: z.object({ audio: z.string().meta({ format: "binary" }) }),
  bodyKind: "raw",
  response: jobDetailSchema,
  errors: ["payload_too_large", "unsupported_media_type", "unprocessable", "invalid_state"],
  handler: async ({ workspace, params, req }) => uploadJobAudio(workspace, params.id, req),
});

export const transcribeEndpoint = defineEndpoint({
  method: "POST",
  path: "/jobs/{id}/transcribe",
  summary: "Start transcription and extraction (202)",
  tags: ["Jobs"],
  auth: "api",
  scopes: ["jobs:write"],
  rateLimit: "ai",
  params: jobIdParams,
  body: transcribeInput,
  status: 202,
  response: jobSummarySchema,
  errors: ["invalid_state", "insufficient_credits"],
  handler: async ({ workspace, params, body }) => startTranscription(workspace, params.id, body),
});

export const generateKitEndpoint = defineEndpoint({
  method: "POST",
  path: "/jobs/{id}/generate-kit",
  summary: "Generate a Kit from the transcript (202)",
  tags: ["Jobs"],
  auth: "api",
  scopes: ["jobs:write"],
  rateLimit: "ai",
  params: jobIdParams,
  body: generateKitInput,
  status: 202,
  response: jobSummarySchema,
  errors: ["invalid_state", "insufficient_credits"],
  handler: async ({ workspace, params, body }) => requestKit(workspace, params.id, body),
});

export const retryEndpoint = defineEndpoint({
  method: "POST",
  path: "/jobs/{id}/retry",
  summary: "Retry a failed job from the stage that failed (at most 3 times)",
  tags: ["Jobs"],
  auth: "api",
  scopes: ["jobs:write"],
  params: jobIdParams,
  status: 202,
  response: jobSummarySchema,
  errors: ["invalid_state"],
  handler: async ({ workspace, params }) => retryJob(workspace, params.id),
});

export const archiveEndpoint = defineEndpoint({
  method: "PATCH",
  path: "/jobs/{id}/archive",
  summary: "Archive (or with archived:false, unarchive) a job",
  tags: ["Jobs"],
  auth: "api",
  scopes: ["jobs:write"],
  params: jobIdParams,
  body: archiveInput,
  response: jobSummarySchema,
  handler: async ({ workspace, params, body }) => archiveJob(workspace.id, params.id, body),
});

export const deliverEndpoint = defineEndpoint({
  method: "POST",
  path: "/jobs/{id}/deliver",
  summary: "Mark a reviewed job delivered (fires job.delivered)",
  tags: ["Jobs"],
  auth: "api",
  scopes: ["jobs:write"],
  params: jobIdParams,
  response: jobSummarySchema,
  errors: ["invalid_state"],
  handler: async ({ workspace, params }) => deliverJob(workspace.id, params.id),
});

export const deleteJobEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/jobs/{id}",
  summary: "Delete a job, its assets and its files",
  tags: ["Jobs"],
  auth: "api",
  scopes: ["jobs:write"],
  params: jobIdParams,
  response: z.object({ id: z.number().int(), deleted: z.literal(true) }),
  handler: async ({ workspace, params }) => deleteJob(workspace.id, params.id),
});

export const renameSpeakerEndpoint = defineEndpoint({
  method: "PATCH",
  path: "/jobs/{id}/transcript/speakers",
  summary: "Rename a speaker across the transcript and quotes",
  tags: ["Jobs"],
  auth: "api",
  scopes: ["jobs:write"],
  params: jobIdParams,
  body: renameSpeakerInput,
  response: z.object({ segments: z.number().int(), quotes: z.number().int() }),
  handler: async ({ workspace, params, body }) => renameSpeaker(workspace.id, params.id, body),
});
