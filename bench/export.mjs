// bench/export.mjs — the Course Pack export of a job with 200 assets and 500 MB of audio,
// with includeAudio=1: time to first byte, total time, bytes, and peak RSS growth.
// Goals: first byte ≤ 200 ms; RSS growth ≤ 64 MiB. Run: npx tsx bench/export.mjs
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";

process.env.TALKSMITH_DATA_DIR = mkdtempSync(path.join(os.tmpdir(), "talksmith-bench-export-"));
const AUDIO_MB = Number(process.env.BENCH_AUDIO_MB ?? 500);
const ASSETS = Number(process.env.BENCH_ASSETS ?? 200);

const { freshPglite } = await import("../tests/helpers/test-db.ts");
const { useDbHandle, db } = await import("../lib/db.ts");
const { getBlobStore } = await import("../lib/storage/index.ts");
const { exportCoursePack } = await import("../lib/export/export-course-pack.ts");
const { builtinKits } = await import("../lib/kits/builtins.ts");

useDbHandle(await freshPglite());
const workspace = await db.workspace.create({ data: { name: "Bench", slug: "bench", plan: "studio" } });
const job = await db.job.create({ data: { workspaceId: workspace.id, title: "Bench export", status: "review", kitId: "course_pack", audioFileName: "talk.mp3", audioMimeType: "audio/mpeg" } });
const kit = await db.kit.create({ data: { workspaceId: workspace.id, jobId: job.id, kitKey: "course_pack", name: builtinKits[1].name, provider: "builtin", language: "en" } });
const paragraph = "The renderers turn every block of the document model into PDF, Word and Markdown, with the brand on each page. ";
await db.asset.createMany({
  data: Array.from({ length: ASSETS }, (_, i) => ({
    workspaceId: workspace.id,
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
const audioKey = `ws/${workspace.id}/jobs/${job.id}/original`;
const chunk = randomBytes(1024 * 1024);
await getBlobStore().put(audioKey, Readable.from((function* () { for (let i = 0; i < AUDIO_MB; i++) yield chunk; })()));
await db.job.update({ where: { id: job.id }, data: { audioBlobKey: audioKey, audioBytes: BigInt(AUDIO_MB * 1024 * 1024) } });

global.gc?.();
const baseRss = process.memoryUsage().rss;
let peak = baseRss;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const started = performance.now();
const res = await exportCoursePack(workspace.id, job.id, { includeAudio: "1" });
const reader = res.body.getReader();
let firstByte = null;
let bytes = 0;
for (;;) {
  const { done, value } = await reader.read();
  if (done) break;
  if (firstByte === null) firstByte = performance.now() - started;
  bytes += value.length;
}
const total = performance.now() - started;
clearInterval(sampler);
console.log(`Course Pack export: ${ASSETS} assets × 3 formats + transcript + ${AUDIO_MB} MB audio`);
console.log(`  time to first byte  ${firstByte.toFixed(0)} ms   (goal ≤ 200 ms)`);
console.log(`  total               ${(total / 1000).toFixed(1)} s for ${(bytes / 1024 / 1024).toFixed(0)} MB`);
console.log(`  RSS growth (peak)   ${((peak - baseRss) / 1024 / 1024).toFixed(1)} MiB   (goal ≤ 64 MiB)`);
process.exit(0);
