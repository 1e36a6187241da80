import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds, openTestDb, useTestDb } from "../helpers/test-db";
import { api } from "../helpers/api";
import { makeKey, makeWorkspace } from "../helpers/fixtures";
import { memoryRateLimitStore } from "@/lib/api/rate-limit/memory-store";
import { postgresRateLimitStore } from "@/lib/api/rate-limit/postgres-store";
import { setRateLimitStore } from "@/lib/api/rate-limit";
import type { DbHandle } from "@/lib/db/client";

describe("rate limiting through the API", () => {
  let key: string;
  beforeAll(async () => {
    await useTestDb();
    setRateLimitStore(memoryRateLimitStore());
    key = await makeKey((await makeWorkspace("pro")).id);
  });

  it("200 concurrent requests with one key admit exactly 90, and the 429s say when to retry", async () => {
    const responses = await Promise.all(Array.from({ length: 200 }, () => api("GET", "/api/v1/ping", { key })));
    const ok = responses.filter((r) => r.status === 200);
    const limited = responses.filter((r) => r.status === 429);
    expect(ok).toHaveLength(90);
    expect(limited).toHaveLength(110);
    const sample = limited[0];
    expect(sample.headers.get("x-ratelimit-limit")).toBe("90");
    expect(sample.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(Number(sample.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(sample.headers.get("x-ratelimit-reset"))).toBeGreaterThan(Date.now() / 1000);
    expect(((await sample.json()) as { error: { code: string } }).error.code).toBe("rate_limited");
    const remaining = ok.map((r) => Number(r.headers.get("x-ratelimit-remaining"))).sort((a, b) => a - b);
    expect(remaining[0]).toBe(0);
    expect(remaining[89]).toBe(89);
  });
});

describe.each(databaseKinds())("sliding window store (%s)", (kind) => {
  let handle: DbHandle | undefined;
  afterAll(() => handle?.close());

  it("slides: a slot frees up exactly when the oldest request leaves the window", async () => {
    handle = await openTestDb(kind);
    const stores = [memoryRateLimitStore(), postgresRateLimitStore(handle.client)];
    for (const store of stores) {
      const t0 = 1_000_000;
      for (let i = 0; i < 3; i++) expect((await store.hit("k", 3, 60_000, t0 + i * 10_000)).allowed).toBe(true);
      expect((await store.hit("k", 3, 60_000, t0 + 30_000)).allowed).toBe(false);
      expect((await store.hit("k", 3, 60_000, t0 + 59_999)).allowed).toBe(false);
      const freed = await store.hit("k", 3, 60_000, t0 + 60_001);
      expect(freed.allowed).toBe(true);
      expect(freed.remaining).toBe(0);
      expect(freed.resetAt).toBe(t0 + 10_000 + 60_000);
      expect((await store.hit("k", 3, 60_000, t0 + 60_002)).allowed).toBe(false);
      expect((await store.hit("other", 3, 60_000, t0 + 60_002)).allowed).toBe(true);
    }
  });

  it("admits exactly the limit under concurrency", async () => {
    const store = kind === "postgres" ? postgresRateLimitStore(handle!.client) : memoryRateLimitStore();
    const now = Date.now();
    const results = await Promise.all(Array.from({ length: 60 }, () => store.hit("burst", 25, 60_000, now)));
    expect(results.filter((r) => r.allowed)).toHaveLength(25);
  });
});
