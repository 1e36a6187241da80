import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { useTestDb } from "../helpers/test-db";
import { api, json } from "../helpers/api";
import { makeKey, makeWorkspace } from "../helpers/fixtures";
import type { JobDetail } from "@/lib/jobs/views";

const fixture = (name: string) => readFileSync(`tests/fixtures/audio/${name}`);
function form(bytes: Buffer, name: string) {
  const f = new FormData();
  f.append("audio", new Blob([new Uint8Array(bytes)]), name);
  return f;
}

describe("bad inputs get a clear error and lose nothing", () => {
  let key: string;
  let freeKey: string;
  beforeAll(async () => {
    await useTestDb();
    key = await makeKey((await makeWorkspace("studio")).id);
    freeKey = await makeKey((await makeWorkspace("free")).id);
  });

  async function newJob() {
    return (await json<JobDetail>(await api("POST", "/api/v1/jobs", { key, body: { title: "Bad input" } }))).id;
  }

  it.each([
    ["an empty file", "empty.mp3", 422, "unprocessable", "empty"],
    ["a text file renamed .mp3", "not-audio.mp3", 415, "unsupported_media_type", "not audio"],
    ["a truncated mp3", "truncated.mp3", 422, "unprocessable", ""],
    ["0-second audio", "silence-0s.wav", 422, "unprocessable", "empty"],
  ] as const)("%s (%s)", async (_name, file, status, code, words) => {
    const id = await newJob();
    const res = await api("POST", `/api/v1/jobs/${id}/upload`, { key, rawBody: form(fixture(file), file) });
    expect(res.status).toBe(status);
    const body = await json<{ error: { code: string; message: string; param: string | null } }>(res);
    expect(body.error.code).toBe(code);
    if (words) expect(body.error.message.toLowerCase()).toContain(words);
    const job = await json<JobDetail>(await api("GET", `/api/v1/jobs/${id}`, { key }));
    expect(["draft", "failed"]).toContain(job.status);
    if (job.status === "failed") expect(job.error).toBeTruthy();
  });

  it("a body that is not multipart → 415, and no file field → 400 with param audio", async () => {
    const id = await newJob();
    const notMultipart = await api("POST", `/api/v1/jobs/${id}/upload`, { key, body: { audio: "x" } });
    expect(notMultipart.status).toBe(415);
    const f = new FormData();
    f.append("other", "value");
    const missing = await api("POST", `/api/v1/jobs/${id}/upload`, { key, rawBody: f });
    expect(missing.status).toBe(400);
    expect((await json<{ error: { param: string } }>(missing)).error.param).toBe("audio");
  });

  it("an upload over the plan's size limit → 413", async () => {
    const id = (await json<JobDetail>(await api("POST", "/api/v1/jobs", { key: freeKey, body: { title: "Big" } }))).id;
    void id;
    const { planLimits } = await import("@/lib/plans/plans");
    const spy = vi.spyOn(planLimits.free, "maxUploadBytes", "get").mockReturnValue(100_000);
    try {
      const res = await api("POST", `/api/v1/jobs/${id}/upload`, { key: freeKey, rawBody: form(fixture("onboarding.mp3"), "big.mp3") });
      expect([403, 413]).toContain(res.status);
    } finally {
      spy.mockRestore();
    }
  });

  it("a URL to a private address is refused outside local mode", async () => {
    vi.stubEnv("CLERK_SECRET_KEY", "sk_test_x");
    vi.stubEnv("NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY", "pk_test_x");
    vi.stubEnv("TALKSMITH_ALLOW_PRIVATE_URLS", "");
    try {
      for (const url of ["http://127.0.0.1:9/a.mp3", "http://10.1.2.3/a.mp3", "http://169.254.169.254/latest/meta-data", "http://[::1]/a.mp3", "http://2130706433/a.mp3", "ftp://example.com/a.mp3"]) {
        const res = await api("POST", "/api/v1/jobs", { key, body: { title: "URL", sourceUrl: url } });
        expect(res.status, url).toBe(400);
        expect((await json<{ error: { param: string } }>(res)).error.param).toBe("sourceUrl");
      }
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("URL sources are probed at creation: 404 → 502 upstream_error, silence → 504 timeout, a web page → 415", async () => {
    const server: Server = createServer((req, res) => {
      if (req.url === "/missing.mp3") return res.writeHead(404).end("nope");
      if (req.url === "/page.mp3") return res.writeHead(200, { "Content-Type": "text/html" }).end("<html><body>Not audio</body></html>".repeat(200));
      if (req.url === "/slow.mp3") return; // never answers
      res.writeHead(200).end(readFileSync("tests/fixtures/audio/onboarding.mp3"));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    vi.stubEnv("TALKSMITH_URL_PROBE_TIMEOUT_MS", "300");
    try {
      for (const [file, status, code] of [["missing.mp3", 502, "upstream_error"], ["slow.mp3", 504, "timeout"], ["page.mp3", 415, "unsupported_media_type"]] as const) {
        const res = await api("POST", "/api/v1/jobs", { key, body: { title: "URL", sourceUrl: `${base}/${file}` } });
        expect(res.status, file).toBe(status);
        expect((await json<{ error: { code: string } }>(res)).error.code).toBe(code);
      }
      const ok = await api("POST", "/api/v1/jobs", { key, body: { title: "URL", sourceUrl: `${base}/talk.mp3` } });
      expect(ok.status).toBe(201);
    } finally {
      vi.unstubAllEnvs();
      server.closeAllConnections();
      server.close();
    }
  });

  it("a URL source that disappears after creation fails the job with a clear error, and can be retried", async () => {
    let gone = false;
    const server: Server = createServer((_req, res) => (gone ? res.writeHead(404).end("nope") : res.writeHead(200).end(readFileSync("tests/fixtures/audio/onboarding.mp3"))));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as { port: number }).port;
    const { startTestRunner } = await import("../helpers/runner");
    try {
      const created = await json<JobDetail>(await api("POST", "/api/v1/jobs", { key, body: { title: "Missing", sourceUrl: `http://127.0.0.1:${port}/talk.mp3` } }));
      gone = true;
      const runner = startTestRunner();
      await api("POST", `/api/v1/jobs/${created.id}/transcribe`, { key, body: {} });
      await runner.drain();
      await runner.stop();
      const job = await json<JobDetail>(await api("GET", `/api/v1/jobs/${created.id}`, { key }));
      expect(job.status).toBe("failed");
      expect(job.error).toContain("404");
      const retry = await api("POST", `/api/v1/jobs/${created.id}/retry`, { key });
      expect(retry.status).toBe(202);
    } finally {
      server.close();
    }
  });
});

afterAll(() => vi.unstubAllEnvs());
