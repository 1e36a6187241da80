// Two workspaces: on every route that takes an id, workspace B's key never sees A's rows (404).
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../helpers/test-db";
import { api, json } from "../helpers/api";
import { makeKey, makeWorkspace, sessionCookieFor } from "../helpers/fixtures";
import { db } from "@/lib/db";
import { allEndpoints } from "@/lib/api/endpoints";

let keyA: string;
let keyB: string;
let cookieB: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  await useTestDb();
  const a = await makeWorkspace("studio", "Alpha");
  const b = await makeWorkspace("studio", "Beta");
  keyA = await makeKey(a.id);
  keyB = await makeKey(b.id);
  cookieB = await sessionCookieFor(b.id, "beta-owner");
  const job = await json<{ id: number }>(await api("POST", "/api/v1/jobs", { key: keyA, body: { title: "Alpha secret", transcript: "Alpha: our secret plan is the document that lists every goal." } }));
  ids.id = String(job.id);
  const kit = await db.kit.create({ data: { workspaceId: a.id, jobId: job.id, kitKey: "onboarding_kit", name: "Onboarding Kit", provider: "builtin", language: "en" } });
  const asset = await db.asset.create({ data: { workspaceId: a.id, jobId: job.id, kitId: kit.id, position: 0, type: "sop", title: "Alpha SOP", content: { title: "Alpha SOP", blocks: [] } } });
  ids.assetId = asset.id;
  const keyRow = await db.apiKey.findFirstOrThrow({ where: { workspaceId: a.id } });
  ids.keyId = keyRow.id;
  ids.workspaceId = a.id;
  const cookieA = await sessionCookieFor(a.id, "alpha-owner");
  byPrefix["/themes"] = (await json<{ id: string }>(await api("POST", "/api/v1/themes", { key: keyA, body: { name: "Alpha theme" } }))).id;
  byPrefix["/voice-profiles"] = (await json<{ id: string }>(await api("POST", "/api/v1/voice-profiles", { cookie: cookieA, body: { name: "Alpha voice" } }))).id;
  byPrefix["/brand-profiles"] = (await json<{ id: string }>(await api("POST", "/api/v1/brand-profiles", { cookie: cookieA, body: { name: "Alpha brand" } }))).id;
  byPrefix["/webhooks"] = (await json<{ id: string }>(await api("POST", "/api/v1/webhooks", { cookie: cookieA, body: { url: "http://127.0.0.1:9/hook" } }))).id;
  byPrefix["/kits"] = (await json<{ key: string }>(await api("POST", "/api/v1/kits/onboarding_kit/duplicate", { cookie: cookieA, body: {} }))).key;
  for (const v of Object.values(byPrefix)) expect(v).toBeTruthy();
});

const byPrefix: Record<string, string> = {};
// Marketplace listings are public to every Studio workspace by design; only ids of
// workspace-owned rows are checked here.
const idFor = (path: string, name: string) => (name === "id" ? (Object.entries(byPrefix).find(([p]) => path.startsWith(`${p}/`))?.[1] ?? ids.id) : (ids[name] ?? "x"));

const sample: Record<string, unknown> = {
  "POST /jobs/{id}/generate-kit": { kitId: "onboarding_kit" },
  "PATCH /jobs/{id}/archive": { archived: true },
  "PATCH /jobs/{id}/assets/{assetId}": { status: "approved" },
  "POST /jobs/{id}/transcribe": {},
  "PUT /voice-profiles/{id}": { name: "Hijack" },
  "PATCH /jobs/{id}/transcript/speakers": { from: null, to: "Hijack" },
  "PUT /themes/{id}": { name: "Hijack" },
};

describe("tenant isolation", () => {
  it("lists show only the caller's rows", async () => {
    const list = await json<{ data: { title: string }[] }>(await api("GET", "/api/v1/jobs", { key: keyB }));
    expect(list.data.map((j) => j.title)).not.toContain("Alpha secret");
  });

  it("every id-taking route answers 404 for another workspace's id", async () => {
    const routes = allEndpoints().filter((e) => e.path.includes("{") && e.auth !== "admin" && !e.path.startsWith("/marketplace"));
    expect(routes.length).toBeGreaterThan(8);
    for (const e of routes) {
      const path = e.path.replace(/\{(\w+)\}/g, (_m, name: string) => idFor(e.path, name));
      const options = e.auth === "session" ? { cookie: cookieB } : { key: keyB };
      const res = await api(e.method, `/api/v1${path}`, { ...options, ...(e.method !== "GET" && e.method !== "DELETE" ? { body: sample[`${e.method} ${e.path}`] ?? {} } : {}) });
      expect(res.status, `${e.method} ${e.path}`).toBe(404);
    }
    const own = await api("GET", `/api/v1/jobs/${ids.id}`, { key: keyA });
    expect(own.status).toBe(200);
  });
});
