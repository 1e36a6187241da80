import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../helpers/test-db";
import { api, json } from "../helpers/api";
import { makeWorkspace, sessionCookieFor } from "../helpers/fixtures";
import { db } from "@/lib/db";

describe("Idempotency-Key", () => {
  let cookie: string;
  let workspaceId: string;
  beforeAll(async () => {
    await useTestDb();
    workspaceId = (await makeWorkspace("studio")).id;
    cookie = await sessionCookieFor(workspaceId);
  });

  it("replays the first response for the same key and body", async () => {
    const headers = { "idempotency-key": "create-ci-key-1" };
    const first = await api("POST", "/api/v1/api-keys", { cookie, headers, body: { name: "CI" } });
    expect(first.status).toBe(201);
    const again = await api("POST", "/api/v1/api-keys", { cookie, headers, body: { name: "CI" } });
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await json(again)).toEqual(await json(first));
    expect(await db.apiKey.count({ where: { workspaceId, name: "CI" } })).toBe(1);
  });

  it("answers 409 idempotency_conflict for the same key with another body", async () => {
    const headers = { "idempotency-key": "create-ci-key-2" };
    expect((await api("POST", "/api/v1/api-keys", { cookie, headers, body: { name: "A" } })).status).toBe(201);
    const res = await api("POST", "/api/v1/api-keys", { cookie, headers, body: { name: "B" } });
    expect(res.status).toBe(409);
    expect((await json<{ error: { code: string } }>(res)).error.code).toBe("idempotency_conflict");
  });

  it("runs two concurrent identical POSTs once", async () => {
    const headers = { "idempotency-key": "create-ci-key-3" };
    const [a, b] = await Promise.all([
      api("POST", "/api/v1/api-keys", { cookie, headers, body: { name: "Twin" } }),
      api("POST", "/api/v1/api-keys", { cookie, headers, body: { name: "Twin" } }),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(await json(a)).toEqual(await json(b));
    expect(await db.apiKey.count({ where: { workspaceId, name: "Twin" } })).toBe(1);
  });

  it("stores an error the handler answered as the key's final answer", async () => {
    const pro = await makeWorkspace("pro");
    const proCookie = await sessionCookieFor(pro.id, "pro-owner");
    const headers = { "idempotency-key": "bad-1" };
    const body = { name: "Publisher", scopes: ["publish"] };
    const first = await api("POST", "/api/v1/api-keys", { cookie: proCookie, headers, body });
    expect(first.status).toBe(403);
    const again = await api("POST", "/api/v1/api-keys", { cookie: proCookie, headers, body });
    expect(again.status).toBe(403);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await json(again)).toEqual(await json(first));
  });
});
