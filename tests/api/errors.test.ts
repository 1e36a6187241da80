// Every error answers the SPEC envelope, with requestId equal to the X-Request-Id header.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../helpers/test-db";
import { api, type CallOptions } from "../helpers/api";
import { makeKey, makeWorkspace, sessionCookieFor } from "../helpers/fixtures";
import { db } from "@/lib/db";
import { hashApiKey } from "@/lib/auth/api-keys/format";
import { evictApiKeyCache } from "@/lib/auth/api-keys/authenticate-api-key";

let studioKey: string;
let readOnlyKey: string;
let freeKey: string;
let revokedKey: string;
let cookie: string;

beforeAll(async () => {
  await useTestDb();
  const studio = await makeWorkspace("studio");
  const free = await makeWorkspace("free");
  studioKey = await makeKey(studio.id);
  readOnlyKey = await makeKey(studio.id, ["assets:read"]);
  freeKey = await makeKey(free.id, ["jobs:read"]);
  revokedKey = await makeKey(studio.id);
  await db.apiKey.update({ where: { hash: hashApiKey(revokedKey) }, data: { revokedAt: new Date() } });
  evictApiKeyCache();
  cookie = await sessionCookieFor(studio.id);
});

type Case = [name: string, method: string, path: string, options: () => CallOptions, status: number, code: string, param?: string | null];

const cases: Case[] = [
  ["invalid JSON", "POST", "/api/v1/api-keys", () => ({ cookie, body: "{nope", headers: { "content-type": "application/json" } }), 400, "invalid_json"],
  ["a missing field", "POST", "/api/v1/api-keys", () => ({ cookie, body: {} }), 400, "invalid_request", "name"],
  ["a field of the wrong type", "POST", "/api/v1/api-keys", () => ({ cookie, body: { name: 5 } }), 400, "invalid_type", "name"],
  ["a string too short", "POST", "/api/v1/api-keys", () => ({ cookie, body: { name: "  " } }), 400, "too_small", "name"],
  ["a string too long", "POST", "/api/v1/api-keys", () => ({ cookie, body: { name: "x".repeat(101) } }), 400, "too_big", "name"],
  ["an unknown enum value", "POST", "/api/v1/api-keys", () => ({ cookie, body: { name: "CI", scopes: ["jobs:read", "root"] } }), 400, "invalid_enum_value", "scopes.1"],
  ["a limit over 100", "GET", "/api/v1/jobs?limit=500", () => ({ key: studioKey }), 400, "too_big", "limit"],
  ["no key", "GET", "/api/v1/jobs", () => ({}), 401, "invalid_api_key"],
  ["a malformed key", "GET", "/api/v1/jobs", () => ({ key: "tsk_live_short" }), 401, "invalid_api_key"],
  ["an unknown key", "GET", "/api/v1/jobs", () => ({ key: `tsk_live_${"A".repeat(32)}` }), 401, "invalid_api_key"],
  ["a revoked key", "GET", "/api/v1/jobs", () => ({ key: revokedKey }), 401, "invalid_api_key"],
  ["a key in X-API-Key that is unknown", "GET", "/api/v1/jobs", () => ({ headers: { "x-api-key": `tsk_live_${"B".repeat(32)}` } }), 401, "invalid_api_key"],
  ["a key without jobs:read", "GET", "/api/v1/jobs", () => ({ key: readOnlyKey }), 403, "scope_required"],
  ["a key of a workspace on the free plan", "GET", "/api/v1/jobs", () => ({ key: freeKey }), 403, "plan_required"],
  ["an API key on a session-only route", "GET", "/api/v1/api-keys", () => ({ key: studioKey }), 403, "session_required"],
  ["a cross-site session write", "POST", "/api/v1/api-keys", () => ({ cookie, body: { name: "x" }, headers: { origin: "https://evil.example" } }), 403, "session_required"],
  ["an unknown job", "GET", "/api/v1/jobs/999999", () => ({ key: studioKey }), 404, "not_found"],
  ["a non-numeric job id", "GET", "/api/v1/jobs/abc", () => ({ key: studioKey }), 400, "invalid_type", "id"],
  ["an unknown route", "GET", "/api/v1/nothing/here", () => ({ key: studioKey }), 404, "not_found"],
  ["a wrong method", "DELETE", "/api/v1/ping", () => ({ key: studioKey }), 405, "method_not_allowed"],
  ["a JSON body over 1 MB", "POST", "/api/v1/api-keys", () => ({ cookie, body: { name: "x".repeat(1_100_000) } }), 413, "payload_too_large"],
  ["a wrong admin key", "GET", "/api/v1/admin/api-keys", () => ({ headers: { "x-admin-key": "nope" } }), 401, "invalid_api_key"],
];

describe("error envelope", () => {
  it.each(cases)("%s → %i %s", async (_name, method, path, options, status, code, param) => {
    const res = await api(method, path, options());
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toContain("application/json");
    const body = (await res.json()) as { error: Record<string, unknown> };
    expect(Object.keys(body.error).sort()).toEqual(["code", "docsUrl", "message", "param", "requestId", "type"]);
    expect(body.error.code).toBe(code);
    expect(body.error.requestId).toBe(res.headers.get("x-request-id"));
    expect(typeof body.error.message).toBe("string");
    expect((body.error.message as string).length).toBeGreaterThan(5);
    if (param !== undefined) expect(body.error.param).toBe(param);
    if (status === 405) expect(res.headers.get("allow")).toBe("GET");
  });

  it("a server error hides internals and keeps the request id", async () => {
    const { useDbHandle } = await import("@/lib/db");
    const { dbHandle } = await import("@/lib/db");
    const healthy = dbHandle();
    const broken = { ...healthy, client: new Proxy(healthy.client, { get: (t, p) => (p === "job" ? { findFirst: () => Promise.reject(new Error('relation "Job" secret SQL detail')) } : Reflect.get(t, p)) }) };
    useDbHandle(broken);
    try {
      const res = await api("GET", "/api/v1/jobs/1", { key: studioKey });
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(text).toContain('"internal_error"');
      expect(text).not.toContain("SQL");
      expect(text).toContain(res.headers.get("x-request-id")!);
    } finally {
      useDbHandle(healthy);
    }
  });
});
