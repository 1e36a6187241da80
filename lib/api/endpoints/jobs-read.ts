import { z } from "zod";
import { defineEndpoint } from "@/lib/api/define-endpoint";
import { pageSchema } from "@/lib/api/pagination";
import { listJobs, listJobsQuery } from "@/lib/jobs/list-jobs";
import { getJobDetail } from "@/lib/jobs/get-job-detail";
import { jobDetailSchema, jobSummarySchema } from "@/lib/jobs/views";

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
