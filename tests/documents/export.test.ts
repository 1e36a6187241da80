import { execFileSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../helpers/test-db";
import { api, json } from "../helpers/api";
import { makeKey, makeWorkspace } from "../helpers/fixtures";
import { startTestRunner } from "../helpers/runner";
import type { LocalRunner } from "@/inngest/local/runner";
import type { JobDetail } from "@/lib/jobs/views";
import { db } from "@/lib/db";
import { getBlobStore } from "@/lib/storage";

const transcript = readFileSync("tests/fixtures/audio/onboarding.txt", "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l, i) => `${i % 3 === 2 ? "Bob" : "Alice"}: ${l}`)
  .join("\n");

describe("assets and the Course Pack", () => {
  let key: string;
  let job: JobDetail;
  let runner: LocalRunner;
  const dir = mkdtempSync(path.join(os.tmpdir(), "ts-export-"));

  beforeAll(async () => {
    await useTestDb();
    key = await makeKey((await makeWorkspace("studio")).id);
    runner = startTestRunner();
    const created = await json<JobDetail>(await api("POST", "/api/v1/jobs", { key, body: { title: "CSM onboarding", kitId: "onboarding_kit", transcript, autoRun: true } }));
    await runner.drain();
    job = await json<JobDetail>(await api("GET", `/api/v1/jobs/${created.id}`, { key }));
  });
  afterAll(() => runner.stop());

  it("exports only when the job has a kit", async () => {
    const bare = await json<JobDetail>(await api("POST", "/api/v1/jobs", { key, body: { title: "No kit" } }));
    const res = await api("GET", `/api/v1/jobs/${bare.id}/export`, { key });
    expect(res.status).toBe(409);
  });

  it("downloads an asset in each format with a safe name, and answers 304 to a repeat", async () => {
    const sop = job.assets.find((a) => a.type === "sop")!;
    for (const [format, type] of [["pdf", "application/pdf"], ["docx", "wordprocessingml"], ["md", "text/markdown"]] as const) {
      const res = await api("GET", `/api/v1/jobs/${job.id}/assets/${sop.id}?format=${format}`, { key });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain(type);
      expect(res.headers.get("content-disposition")).toMatch(new RegExp(`attachment; filename="[A-Za-z0-9._-]+\\.${format}"`));
      const etag = res.headers.get("etag")!;
      const again = await api("GET", `/api/v1/jobs/${job.id}/assets/${sop.id}?format=${format}`, { key, headers: { "if-none-match": etag } });
      expect(again.status).toBe(304);
    }
  });

  it("streams a ZIP whose manifest lists every file with a matching SHA-256, and carries edits", async () => {
    const sop = job.assets.find((a) => a.type === "sop")!;
    const edited = { ...sop.content, blocks: [...sop.content.blocks, { type: "paragraph" as const, text: "Edited by a reviewer: call the customer on day two." }] };
    expect((await api("PATCH", `/api/v1/jobs/${job.id}/assets/${sop.id}`, { key, body: { content: edited, status: "approved" } })).status).toBe(200);

    const res = await api("GET", `/api/v1/jobs/${job.id}/export`, { key });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    const zip = path.join(dir, "pack.zip");
    writeFileSync(zip, Buffer.from(await res.arrayBuffer()));
    execFileSync("unzip", ["-t", "-q", zip]);
    const manifest = JSON.parse(execFileSync("unzip", ["-p", zip, "manifest.json"]).toString()) as { files: { path: string; sha256: string }[]; kit: { generator: string }; job: { id: number } };
    expect(manifest.job.id).toBe(job.id);
    expect(manifest.kit.generator).toBe("builtin");
    const names = execFileSync("unzip", ["-Z1", zip]).toString().trim().split("\n");
    for (const f of manifest.files) {
      expect(names).toContain(f.path);
      expect(createHash("sha256").update(execFileSync("unzip", ["-p", zip, f.path], { maxBuffer: 1 << 28 })).digest("hex")).toBe(f.sha256);
    }
    expect(names.filter((n) => n.startsWith("assets/") && n.endsWith(".pdf"))).toHaveLength(job.assets.length);
    expect(names).toEqual(expect.arrayContaining(["transcript/transcript.txt", "transcript/transcript.srt", "transcript/transcript.vtt", "transcript/transcript.json", "manifest.json"]));
    const sopMd = names.find((n) => n.startsWith("assets/01-") && n.endsWith(".md"))!;
    expect(execFileSync("unzip", ["-p", zip, sopMd]).toString()).toContain("Edited by a reviewer");
    expect(names.some((n) => n.startsWith("audio/"))).toBe(false);
  });

  it("sends headers and first bytes before the archive is finished (with a large recording)", async () => {
    const audioKey = `ws/${job.id}-bench/original`;
    await getBlobStore().put(audioKey, randomBytes(24 * 1024 * 1024));
    await db.job.update({ where: { id: job.id }, data: { audioBlobKey: audioKey, audioFileName: "talk.mp3", audioMimeType: "audio/mpeg" } });
    const started = Date.now();
    const res = await api("GET", `/api/v1/jobs/${job.id}/export?includeAudio=1`, { key });
    const reader = res.body!.getReader();
    const first = await reader.read();
    const firstByteMs = Date.now() - started;
    expect(first.done).toBe(false);
    let total = first.value!.length;
    for (;;) {
      const next = await reader.read();
      if (next.done) break;
      total += next.value.length;
    }
    const totalMs = Date.now() - started;
    expect(total).toBeGreaterThan(24 * 1024 * 1024);
    expect(firstByteMs).toBeLessThan(totalMs);
    expect(first.value!.length).toBeLessThan(total / 4);
  });
});
