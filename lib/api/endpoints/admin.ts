import { z } from "zod";
import { defineEndpoint } from "@/lib/api/define-endpoint";
import { db } from "@/lib/db";
import { ApiError, notFound } from "@/lib/api/errors";
import { createApiKey, createApiKeyInput } from "@/lib/auth/api-keys/create-api-key";
import { evictApiKeyCache } from "@/lib/auth/api-keys/authenticate-api-key";
import { apiKeyView, toApiKeyView } from "@/lib/auth/api-keys/view";

const adminKeyView = apiKeyView.extend({ workspaceId: z.string(), keyHash: z.string() });
const toAdminView = (k: Parameters<typeof toApiKeyView>[0]) => ({ ...toApiKeyView(k), workspaceId: k.workspaceId, keyHash: k.hash });

export const adminCreateKey = defineEndpoint({
  method: "POST",
  path: "/admin/api-keys",
  summary: "Operator: create a key for a workspace (by id or slug; shown once)",
  tags: ["Admin"],
  auth: "admin",
  body: createApiKeyInput.extend({ workspaceId: z.string().min(1) }),
  status: 201,
  response: adminKeyView.extend({ key: z.string() }),
  handler: async ({ body }) => {
    const { workspaceId: ref, ...input } = body;
    const workspace = await db.workspace.findFirst({ where: { OR: [{ id: ref }, { slug: ref }] } });
    if (!workspace) throw new ApiError("not_found", "Workspace not found", { param: "workspaceId" });
    const created = await createApiKey(workspace.id, input);
    const row = await db.apiKey.findUniqueOrThrow({ where: { id: created.id } });
    return { ...toAdminView(row), key: created.key };
  },
});

export const adminRevokeKey = defineEndpoint({
  method: "DELETE",
  path: "/admin/api-keys",
  summary: "Operator: revoke a key by its SHA-256 hash",
  tags: ["Admin"],
  auth: "admin",
  body: z.object({ keyHash: z.string().regex(/^[0-9a-f]{64}$/, "must be the key's SHA-256 hex digest") }),
  response: adminKeyView,
  handler: async ({ body }) => {
    const key = await db.apiKey.findUnique({ where: { hash: body.keyHash } });
    if (!key) throw notFound("API key");
    const row = key.revokedAt ? key : await db.apiKey.update({ where: { id: key.id }, data: { revokedAt: new Date() } });
    evictApiKeyCache();
    return toAdminView(row);
  },
});

export const adminListKeys = defineEndpoint({
  method: "GET",
  path: "/admin/api-keys",
  summary: "Operator: list every key",
  tags: ["Admin"],
  auth: "admin",
  response: z.object({ data: z.array(adminKeyView) }),
  handler: async () => ({ data: (await db.apiKey.findMany({ orderBy: { createdAt: "desc" }, take: 1000 })).map(toAdminView) }),
});

export const adminListWorkspaceKeys = defineEndpoint({
  method: "GET",
  path: "/admin/api-keys/{workspaceId}",
  summary: "Operator: list a workspace's keys",
  tags: ["Admin"],
  auth: "admin",
  params: z.object({ workspaceId: z.string().min(1) }),
  response: z.object({ data: z.array(adminKeyView) }),
  handler: async ({ params }) => {
    const workspace = await db.workspace.findUnique({ where: { id: params.workspaceId } });
    if (!workspace) throw new ApiError("not_found", "Workspace not found");
    return { data: (await db.apiKey.findMany({ where: { workspaceId: workspace.id }, orderBy: { createdAt: "desc" } })).map(toAdminView) };
  },
});
