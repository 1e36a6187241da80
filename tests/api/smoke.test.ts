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
