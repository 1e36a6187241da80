import { z } from "zod";
import { defineEndpoint } from "@/lib/api/define-endpoint";
import { downloadAsset, downloadQuery } from "@/lib/assets/download-asset";
import { updateAsset, updateAssetInput } from "@/lib/assets/update-asset";
import { exportCoursePack, exportQuery } from "@/lib/export/export-course-pack";
import { assetSummarySchema } from "@/lib/jobs/views";
import { jobIdParams } from "./jobs-read";

const assetParams = jobIdParams.extend({ assetId: z.string().min(1).max(64) });

export const downloadAssetEndpoint = defineEndpoint({
  method: "GET",
  path: "/jobs/{id}/assets/{assetId}",
  summary: "Download one asset as PDF, Word, Markdown (or PNG for quote cards)",
  description: "Styled by the workspace's brand profile. Sends an ETag; a repeat with If-None-Match is a 304.",
  tags: ["Assets"],
  auth: "api",
  scopes: ["assets:read"],
  params: assetParams,
  query: downloadQuery,
  produces: { "application/pdf": "PDF", "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word", "text/markdown": "Markdown", "image/png": "Quote card" },
  handler: async ({ workspace, params, query, req }) => downloadAsset(workspace.id, params.id, params.assetId, query.format, req),
});

export const updateAssetEndpoint = defineEndpoint({
  method: "PATCH",
  path: "/jobs/{id}/assets/{assetId}",
  summary: "Edit an asset (title, content) or approve / discard it",
  tags: ["Assets"],
  auth: "api",
  scopes: ["jobs:write"],
  params: assetParams,
  body: updateAssetInput,
  response: assetSummarySchema.omit({ formats: true }),
  handler: async ({ workspace, params, body }) => updateAsset(workspace.id, params.id, params.assetId, body),
});

export const exportEndpoint = defineEndpoint({
  method: "GET",
  path: "/jobs/{id}/export",
  summary: "The Course Pack ZIP (streamed): every asset in every format, the transcript, quote cards, manifest.json",
  description: "Add `includeAudio=1` for the source recording.",
  tags: ["Assets"],
  auth: "api",
  scopes: ["export"],
  params: jobIdParams,
  query: exportQuery,
  produces: { "application/zip": "Course Pack" },
  errors: ["invalid_state"],
  handler: async ({ workspace, params, query }) => exportCoursePack(workspace.id, params.id, query),
});
