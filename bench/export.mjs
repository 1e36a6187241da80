// bench/export.mjs — GET /api/v1/jobs/:id/export?includeAudio=1 on the production server, for
// a job with 200 assets (each as PDF, Word and Markdown) and 500 MB of audio: time to first
// byte, total time, the server process's peak RSS growth, and how long the server takes to
// answer /api/v1/health meanwhile. A one-asset job is exported first, on the fresh server, to
// show what loads once (export route, render thread, renderers, fonts); then the large job,
// twice.
// Goals: first byte ≤ 200 ms; RSS growth ≤ 64 MiB.
// Run: npx tsx bench/export.mjs   (needs a production build: npx next build)
//      BENCH_ASSETS, BENCH_AUDIO_MB, BENCH_PORT; TALKSMITH_RENDER_THREADS=0 to compare in-thread drawing.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { mb, waitForHealth } from "./lib.mjs";

const AUDIO_MB = Number(process.env.BENCH_AUDIO_MB ?? 500);
const ASSETS = Number(process.env.BENCH_ASSETS ?? 200);
const port = Number(process.env.BENCH_PORT ?? 3211);
process.env.TALKSMITH_DATA_DIR = mkdtempSync(path.join(os.tmpdir(), "talksmith-bench-export-"));

const { runDbCommand } = await import("../scripts/db.ts");
const { PGlite } = await import("@electric-sql/pglite");
const { pgliteDir, openPglite } = await import("../lib/db/client.ts");
const { acquireDataDirLock, releaseDataDirLock } = await import("../lib/db/data-dir-lock.ts");
const { useDbHandle, db } = await import("../lib/db.ts");
const { getBlobStore } = await import("../lib/storage/index.ts");
const { createApiKey } = await import("../lib/auth/api-keys/create-api-key.ts");
const { builtinKits } = await import("../lib/kits/builtins.ts");
const { DEMO_WORKSPACE_SLUG } = await import("../prisma/seed.ts");
const { serverProcessEnv } = await import("../lib/server/server-process-env.ts");

const paragraph = "The renderers turn every block of the document model into PDF, Word and Markdown, with the brand on each page. ";

async function createJob(workspaceId, assets, audioMb) {
  const job = await db.job.create({ data: { workspaceId, title: "Bench export", status: "review", kitId: "course_pack", audioFileName: "talk.mp3", audioMimeType: "audio/mpeg" } });
  const kit = await db.kit.create({ data: { workspaceId, jobId: job.id, kitKey: "course_pack", name: builtinKits[1].name, provider: "builtin", language: "en" } });
  await db.asset.createMany({
    data: Array.from({ length: assets }, (_, i) => ({
      workspaceId,
      jobId: job.id,
      kitId: kit.id,
      position: i,
      type: i % 5 === 0 ? "quiz" : "lesson_notes",
      title: `Lesson ${i + 1}`,
      content: {
        title: `Lesson ${i + 1}`,
        blocks: [
          { type: "heading", level: 2, text: `Lesson ${i + 1}` },
          { type: "paragraph", text: paragraph.repeat(6) },
          { type: "bullets", items: ["First key point of the lesson", "Second key point", "Third key point"] },
          ...(i % 5 === 0 ? [{ type: "quiz", questions: [{ question: "Which format carries real headings?", choices: ["PNG", "DOCX", "MP3"], answerIndex: 1 }] }] : []),
        ],
      },
    })),
  });
  const audioKey = `ws/${workspaceId}/jobs/${job.id}/original`;
  const chunk = randomBytes(1024 * 1024);
  await getBlobStore().put(audioKey, Readable.from((function* () { for (let i = 0; i < audioMb; i++) yield chunk; })()));
  await db.job.update({ where: { id: job.id }, data: { audioBlobKey: audioKey, audioBytes: BigInt(audioMb * 1024 * 1024) } });
  return job.id;
}

/** The jobs are written straight into the data folder before the server opens it. */
async function prepare() {
  await runDbCommand("deploy");
  await runDbCommand("seed");
  const dataDir = process.env.TALKSMITH_DATA_DIR;
  mkdirSync(dataDir, { recursive: true });
  acquireDataDirLock(dataDir);
  const pglite = await PGlite.create(pgliteDir());
  useDbHandle(openPglite(pglite));
  try {
    const workspace = await db.workspace.findUniqueOrThrow({ where: { slug: DEMO_WORKSPACE_SLUG } });
    const { key } = await createApiKey(workspace.id, { name: "bench", scopes: ["jobs:read", "export"] });
    const sample = await db.job.findFirstOrThrow({ where: { workspaceId: workspace.id }, orderBy: { id: "asc" } });
    return { key, sample: sample.id, small: await createJob(workspace.id, 1, 1), large: await createJob(workspace.id, ASSETS, AUDIO_MB) };
  } finally {
    useDbHandle(undefined);
    await pglite.close();
    releaseDataDirLock(dataDir);
  }
}

const rssOf = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))[1]) * 1024;
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;

async function exportOnce(base, pid, jobId, key) {
  const baseRss = rssOf(pid);
  let peak = baseRss;
  const sampler = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 20);
  let exporting = true;
  const health = [];
  const prober = (async () => {
    while (exporting) {
      const t = performance.now();
      await (await fetch(`${base}/api/v1/health`)).arrayBuffer();
      health.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const started = performance.now();
  const res = await fetch(`${base}/api/v1/jobs/${jobId}/export?includeAudio=1`, { headers: { Authorization: `Bearer ${key}` } });
  if (!res.ok) throw new Error(`export: ${res.status} ${await res.text()}`);
  const reader = res.body.getReader();
  let firstByte = null;
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    firstByte ??= performance.now() - started;
    bytes += value.length;
  }
  const total = performance.now() - started;
  exporting = false;
  await prober;
  clearInterval(sampler);
  return { firstByte, total, bytes, growth: peak - baseRss, baseRss, health };
}

const { key, sample, small, large } = await prepare();
const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)], {
  env: serverProcessEnv(), // as npm start runs it
  stdio: ["ignore", "ignore", process.env.BENCH_VERBOSE ? "inherit" : "ignore"],
});
const base = `http://127.0.0.1:${port}`;
const report = (label, r) => {
  console.log(`  ${label}`);
  console.log(`    time to first byte   ${r.firstByte.toFixed(0)} ms   (goal ≤ 200 ms)`);
  console.log(`    total                ${(r.total / 1000).toFixed(1)} s for ${mb(r.bytes)} MiB`);
  console.log(`    server RSS growth    ${mb(r.growth)} MiB over ${mb(r.baseRss)} MiB`);
  console.log(`    /health meanwhile    p50 ${percentile(r.health, 50).toFixed(0)} ms, p99 ${percentile(r.health, 99).toFixed(0)} ms, max ${Math.max(...r.health).toFixed(0)} ms (${r.health.length} probes)`);
};
try {
  await waitForHealth(base);
  // The seed's sample session runs through the pipeline at start; measure once it is done.
  for (let i = 0; ; i++) {
    const job = await (await fetch(`${base}/api/v1/jobs/${sample}`, { headers: { Authorization: `Bearer ${key}` } })).json();
    if (job.status === "review") break;
    if (i > 240) throw new Error(`the sample session did not finish (${job.status})`);
    await new Promise((r) => setTimeout(r, 250));
  }
  await (await fetch(`${base}/api/v1/jobs/${large}`, { headers: { Authorization: `Bearer ${key}` } })).arrayBuffer();
  console.log(`Course Pack export over HTTP, production server (render threads: ${process.env.TALKSMITH_RENDER_THREADS ?? "1"})`);
  report("fresh server, one-asset job + 1 MB audio (what loads once)", await exportOnce(base, server.pid, small, key));
  const first = await exportOnce(base, server.pid, large, key);
  report(`${ASSETS} assets × 3 formats + transcript + ${AUDIO_MB} MB audio (goal: RSS growth ≤ 64 MiB)`, first);
  report("the same export again", await exportOnce(base, server.pid, large, key));
} finally {
  server.kill("SIGTERM");
}
process.exit(0);
