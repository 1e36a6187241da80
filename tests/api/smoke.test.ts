import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../helpers/test-db";
import { api, json } from "../helpers/api";
import { makeKey, makeWorkspace } from "../helpers/fixtures";

describe("ping", () => {
  let key: string;
  beforeAll(async () => {
    await useTestDb();
    const ws = await makeWorkspace("pro");
    key = await makeKey(ws.id);
  });

  it("answers the key's workspace, plan and scopes", async () => {
    const res = await api("GET", "/api/v1/ping", { key });
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body).toMatchObject({ ok: true, plan: "pro", scopes: ["jobs:read", "jobs:write", "assets:read", "export"] });
    expect(res.headers.get("x-request-id")).toMatch(/^req_/);
    expect(res.headers.get("x-ratelimit-limit")).toBe("90");
  });
});

describe("API call metering", () => {
  it("counts a workspace's API calls and key use without a write per request", async () => {
    const { db } = await import("@/lib/db");
    const { flushKeyUsage } = await import("@/lib/auth/api-keys/last-used");
    const ws = await makeWorkspace("pro");
    const k = await makeKey(ws.id);
    for (let i = 0; i < 5; i++) expect((await api("GET", "/api/v1/ping", { key: k })).status).toBe(200);
    expect(await db.usageRecord.count({ where: { workspaceId: ws.id, metric: "api_calls" } })).toBe(0);
    await flushKeyUsage();
    const records = await db.usageRecord.findMany({ where: { workspaceId: ws.id, metric: "api_calls" } });
    expect(records.reduce((n, r) => n + r.quantity, 0)).toBe(5);
    expect((await db.apiKey.findFirstOrThrow({ where: { workspaceId: ws.id } })).lastUsedAt).not.toBeNull();
  });
});
