import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../helpers/test-db";
import { api, json } from "../helpers/api";
import { makeWorkspace } from "../helpers/fixtures";
import { hashApiKey } from "@/lib/auth/api-keys/format";

describe("operator access (X-Admin-Key)", () => {
  const adminKey = "test-admin-key-0123456789";
  let workspaceId: string;
  beforeAll(async () => {
    process.env.ADMIN_API_KEY = adminKey;
    await useTestDb();
    workspaceId = (await makeWorkspace("pro")).id;
  });

  it("creates a key (shown once) that works, lists it, and revokes it by hash", async () => {
    const headers = { "x-admin-key": adminKey };
    const created = await api("POST", "/api/v1/admin/api-keys", { headers, body: { workspaceId, name: "Ops", scopes: ["jobs:read"] } });
    expect(created.status).toBe(201);
    const body = await json<{ key: string; keyHash: string; prefix: string }>(created);
    expect(body.key).toMatch(/^tsk_live_[0-9A-Za-z]{32}$/);
    expect(body.keyHash).toBe(hashApiKey(body.key));
    expect(body.prefix).toBe(body.key.slice(0, 12));
    expect((await api("GET", "/api/v1/ping", { key: body.key })).status).toBe(200);

    const list = await json<{ data: { keyHash: string; key?: string }[] }>(await api("GET", `/api/v1/admin/api-keys/${workspaceId}`, { headers }));
    expect(list.data.map((k) => k.keyHash)).toContain(body.keyHash);
    expect(list.data.every((k) => k.key === undefined)).toBe(true);

    const revoked = await api("DELETE", "/api/v1/admin/api-keys", { headers, body: { keyHash: body.keyHash } });
    expect(revoked.status).toBe(200);
    expect((await api("GET", "/api/v1/ping", { key: body.key })).status).toBe(401);
  });

  it("is not rate limited and refuses a wrong key", async () => {
    const many = await Promise.all(Array.from({ length: 120 }, () => api("GET", "/api/v1/admin/api-keys", { headers: { "x-admin-key": adminKey } })));
    expect(many.every((r) => r.status === 200)).toBe(true);
    expect((await api("GET", "/api/v1/admin/api-keys", { headers: { "x-admin-key": "wrong" } })).status).toBe(401);
  });
});
