// bench/pipeline.mjs — 60 minutes of speech → transcribe (pocketsphinx, parallel chunks) →
// extract → onboarding kit → Course Pack ZIP, in-process on the embedded database with the
// local job runner. Prints wall time per stage and peak RSS of this process and of the whole
// process tree. Goals: ≤ 10 min end to end; peak RSS ≤ 1 GiB. Run: npx tsx bench/pipeline.mjs
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, createReadStream, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const MINUTES = Number(process.env.BENCH_MINUTES ?? 60);
const work = mkdtempSync(path.join(os.tmpdir(), "talksmith-bench-pipeline-"));
process.env.TALKSMITH_DATA_DIR = path.join(work, "data");

// A long recording: the espeak-ng fixture repeated to the requested length.
const source = path.resolve("tests/fixtures/audio/onboarding.mp3");
const fixtureSec = Number(execFileSync("ffprobe", ["-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", source]).toString());
const list = path.join(work, "list.txt");
writeFileSync(list, Array.from({ length: Math.ceil((MINUTES * 60) / fixtureSec) + 1 }, () => `file '${source}'`).join("\n"));
const long = path.join(work, "long.mp3");
execFileSync("ffmpeg", ["-v", "error", "-f", "concat", "-safe", "0", "-i", list, "-t", String(MINUTES * 60), "-c", "copy", long]);

const { freshPglite } = await import("../tests/helpers/test-db.ts");
const { useDbHandle, db } = await import("../lib/db.ts");
const { getBlobStore } = await import("../lib/storage/index.ts");
const { startTranscription } = await import("../lib/jobs/start-transcription.ts");
const { requestKit } = await import("../lib/jobs/request-kit.ts");
const { exportCoursePack } = await import("../lib/export/export-course-pack.ts");
const { probeAudio } = await import("../lib/media/probe-audio.ts");
const { createLocalRunner } = await import("../inngest/local/runner.ts");
const { replaceLocalRunner } = await import("../inngest/local/instance.ts");
const { jobDefinitions } = await import("../inngest/jobs.ts");

useDbHandle(await freshPglite());
const runner = createLocalRunner({ definitions: jobDefinitions, pollMs: 100, log: () => {} });
replaceLocalRunner(runner);
runner.start();

const treeRss = () => {
  // RSS of this process plus its children (ffmpeg, pocketsphinx), in bytes.
  try {
    const out = execFileSync("ps", ["-o", "rss=", "--ppid", String(process.pid)]).toString();
    return (out.split("\n").reduce((s, l) => s + (Number(l.trim()) || 0), 0) * 1024) + process.memoryUsage().rss;
  } catch {
    return process.memoryUsage().rss;
  }
};
let peakSelf = 0;
let peakTree = 0;
const sampler = setInterval(() => {
  peakSelf = Math.max(peakSelf, process.memoryUsage().rss);
  peakTree = Math.max(peakTree, treeRss());
}, 250);

const workspace = await db.workspace.create({ data: { name: "Bench", slug: "bench", plan: "studio" } });
const ws = { id: workspace.id, name: workspace.name, slug: workspace.slug, plan: "studio" };
const job = await db.job.create({ data: { workspaceId: workspace.id, title: `${MINUTES}-minute walkthrough`, kitId: "onboarding_kit" } });
const key = `ws/${workspace.id}/jobs/${job.id}/original`;
await getBlobStore().put(key, createReadStream(long));
const { durationSec } = await probeAudio(long);
await db.job.update({ where: { id: job.id }, data: { status: "uploaded", audioBlobKey: key, audioMimeType: "audio/mpeg", durationSec } });

const t0 = performance.now();
await startTranscription(ws, job.id, {});
await runner.drain(60 * 60_000);
const t1 = performance.now();
const transcribed = await db.job.findUniqueOrThrow({ where: { id: job.id } });
if (transcribed.status !== "transcribed") throw new Error(`transcription ended ${transcribed.status}: ${transcribed.error}`);
await requestKit(ws, job.id, { kitId: "onboarding_kit" });
await runner.drain(30 * 60_000);
const t2 = performance.now();
const res = await exportCoursePack(workspace.id, job.id, { includeAudio: "1" });
let bytes = 0;
for await (const chunk of res.body) bytes += chunk.length;
const t3 = performance.now();
clearInterval(sampler);

const words = await db.transcriptSegment.findMany({ where: { transcript: { jobId: job.id } }, select: { words: true } });
const assets = await db.asset.count({ where: { jobId: job.id } });
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
console.log(`Pipeline on ${(durationSec / 60).toFixed(1)} min of audio (${os.availableParallelism()} cores, ${process.env.TALKSMITH_CHUNK_SEC ?? 60} s chunks)`);
console.log(`  transcribe + extract  ${s(t1 - t0)}  (wall RTF ${((t1 - t0) / 1000 / durationSec).toFixed(3)}, ${words.reduce((n, x) => n + x.words.length, 0)} words)`);
console.log(`  generate kit          ${s(t2 - t1)}  (${assets} assets)`);
console.log(`  export ZIP            ${s(t3 - t2)}  (${(bytes / 1024 / 1024).toFixed(0)} MB with audio)`);
console.log(`  total                 ${s(t3 - t0)}  (goal ≤ 600 s)`);
console.log(`  peak RSS              ${(peakSelf / 1024 / 1024).toFixed(0)} MiB this process, ${(peakTree / 1024 / 1024).toFixed(0)} MiB with ffmpeg/pocketsphinx children (goal ≤ 1024 MiB)`);
void readFileSync;
await runner.stop();
process.exit(0);
