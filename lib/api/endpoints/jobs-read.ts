import { z } from "zod";
import { defineEndpoint } from "@/lib/api/define-endpoint";
import { pageSchema } from "@/lib/api/pagination";
import { listJobs, listJobsQuery } from "@/lib/jobs/list-jobs";
import { getJobDetail } from "@/lib/jobs/get-job-detail";
import { jobDetailSchema, jobSummarySchema } from "@/lib/jobs/views";
import { streamJobAudio } from "@/lib/jobs/stream-job-audio";
import { getWaveform } from "@/lib/jobs/get-waveform";
import { getTranscriptFile, transcriptQuery } from "@/lib/jobs/get-transcript-file";

export const jobIdParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

export const listJobsEndpoint = defineEndpoint({
  method: "GET",
  path: "/jobs",
  summary: "List jobs (production sessions)",
  tags: ["Jobs"],
  auth: "api",
  scopes: ["jobs:read"],
  query: listJobsQuery,
  response: pageSchema(jobSummarySchema),
  handler: async ({ workspace, query }) => listJobs(workspace.id, query),
});

export const getJobEndpoint = defineEndpoint({
  method: "GET",
  path: "/jobs/{id}",
  summary: "Job detail: transcript, moments, quotes, assets, progress, error",
  tags: ["Jobs"],
  auth: "api",
  scopes: ["jobs:read"],
  params: jobIdParams,
  response: jobDetailSchema,
  handler: async ({ workspace, params }) => getJobDetail(workspace.id, params.id),
});

export const jobAudioEndpoint = defineEndpoint({
  method: "GET",
  path: "/jobs/{id}/audio",
  summary: "The job's original recording (supports Range)",
  tags: ["Jobs"],
  auth: "api",
  scopes: ["assets:read"],
  params: jobIdParams,
  produces: { "audio/*": "The uploaded or downloaded recording" },
  handler: async ({ workspace, params, req }) => streamJobAudio(workspace.id, params.id, req),
});

export const waveformEndpoint = defineEndpoint({
  method: "GET",
  path: "/jobs/{id}/waveform",
  summary: "Waveform peaks of the recording (0–1, 800 buckets)",
  tags: ["Jobs"],
  auth: "api",
  scopes: ["jobs:read"],
  params: jobIdParams,
  response: z.object({ durationSec: z.number(), peaks: z.array(z.number()) }),
  handler: async ({ workspace, params }) => getWaveform(workspace.id, params.id),
});

export const transcriptEndpoint = defineEndpoint({
  method: "GET",
  path: "/jobs/{id}/transcript",
  summary: "The transcript as TXT, SRT, VTT or JSON",
  tags: ["Jobs"],
  auth: "api",
  scopes: ["jobs:read"],
  params: jobIdParams,
  query: transcriptQuery,
  produces: { "text/plain": "TXT", "application/x-subrip": "SRT", "text/vtt": "WebVTT", "application/json": "JSON with segments and words" },
  handler: async ({ workspace, params, query }) => getTranscriptFile(workspace.id, params.id, query.format),
});
