import { z } from "zod";
import { defineEndpoint } from "@/lib/api/define-endpoint";
import { paginationQuery, pageSchema } from "@/lib/api/pagination";
import { createApiKey, createApiKeyInput } from "@/lib/auth/api-keys/create-api-key";
import { listApiKeys } from "@/lib/auth/api-keys/list-api-keys";
import { revokeApiKey } from "@/lib/auth/api-keys/revoke-api-key";
import { apiKeyView } from "@/lib/auth/api-keys/view";

const idParams = z.object({ id: z.string().min(1).max(64) });

export const createKey = defineEndpoint({
  method: "POST",
  path: "/api-keys",
  summary: "Create an API key (shown once)",
  description: "Session only. Pro keys default to jobs:read jobs:write assets:read export; Studio keys may add publish, marketplace:read and brand:read.",
  tags: ["API keys"],
  auth: "session",
  body: createApiKeyInput,
  status: 201,
  response: apiKeyView.extend({ key: z.string() }),
  handler: async ({ workspace, body }) => createApiKey(workspace.id, body),
});

export const listKeys = defineEndpoint({
  method: "GET",
  path: "/api-keys",
  summary: "List API keys (prefix, scopes, last use)",
  tags: ["API keys"],
  auth: "session",
  query: paginationQuery.extend({ includeRevoked: z.enum(["true", "false"]).default("false") }),
  response: pageSchema(apiKeyView),
  handler: async ({ workspace, query }) => listApiKeys(workspace.id, { ...query, includeRevoked: query.includeRevoked === "true" }),
});

export const revokeKey = defineEndpoint({
  method: "DELETE",
  path: "/api-keys/{id}",
  summary: "Revoke an API key",
  tags: ["API keys"],
  auth: "session",
  params: idParams,
  response: apiKeyView,
  handler: async ({ workspace, params }) => revokeApiKey(workspace.id, params.id),
});
