// ASR benchmark: word error rate and wall-clock real-time factor of the offline engine on
// (1) the LibriVox clips in Debian's pocketsphinx-testdata (real read speech with reference
// text) and (2) a generated 10-minute espeak-ng recording, each as one chunk vs parallel chunks.
// Prints figures; not a test. Run: npx tsx bench/asr.mjs [--skip-long]
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { transcribeAudioFile } from "@/lib/asr/transcribe-audio-file";
import { pocketsphinxProvider } from "@/lib/asr/pocketsphinx";

const LIBRIVOX = "/usr/share/pocketsphinx/test/data/librivox";
const cores = os.availableParallelism();
const work = path.join(os.tmpdir(), "talksmith-bench-asr");
mkdirSync(work, { recursive: true });

const normalise = (text) =>
  text
    .toLowerCase()
    .replace(/\bmr\b/g, "mister")
    .replace(/\bmrs\b/g, "missus")
    .replace(/[^a-z' ]+/g, " ")
    .split(/\s+/)
    .filter(Boolean);

/** Levenshtein distance over words: substitutions + deletions + insertions. */
function wordErrors(ref, hyp) {
  let prev = Array.from({ length: hyp.length + 1 }, (_, j) => j);
  for (let i = 1; i <= ref.length; i++) {
    const row = [i];
    for (let j = 1; j <= hyp.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ref[i - 1] === hyp[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[hyp.length];
}

/**
 * CPU seconds used by finished child processes (ffmpeg, pocketsphinx), from /proc: the wall
 * clock on a shared machine measures the neighbours too, CPU time does not.
 */
function childCpuSec() {
  const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

async function run(file, options) {
  const t0 = performance.now();
  const cpu0 = childCpuSec();
  const result = await transcribeAudioFile(file, { provider: pocketsphinxProvider, ...options });
  return { result, wallSec: (performance.now() - t0) / 1000, cpuSec: childCpuSec() - cpu0, text: result.segments.map((s) => s.text).join(" ") };
}

function report(label, rows) {
  const errors = rows.reduce((n, r) => n + r.errors, 0);
  const words = rows.reduce((n, r) => n + r.words, 0);
  const wall = rows.reduce((n, r) => n + r.wallSec, 0);
  const audio = rows.reduce((n, r) => n + r.audioSec, 0);
  const chunks = rows.reduce((n, r) => n + r.chunks, 0);
  const cpu = rows.reduce((n, r) => n + r.cpuSec, 0);
  console.log(`${label.padEnd(46)} WER ${((100 * errors) / words).toFixed(1).padStart(5)} % (${errors}/${words})  audio ${audio.toFixed(1).padStart(6)} s  wall ${wall.toFixed(1).padStart(6)} s  RTF ${(wall / audio).toFixed(3)}  CPU ${cpu.toFixed(1).padStart(6)} s (${(cpu / audio).toFixed(3)}× audio)  chunks ${chunks}`);
}

async function measure(file, reference, options) {
  const { result, wallSec, cpuSec, text } = await run(file, options);
  const ref = normalise(reference);
  return { errors: wordErrors(ref, normalise(text)), words: ref.length, wallSec, cpuSec, audioSec: result.durationSec, chunks: result.chunks.length, text };
}

// --- LibriVox clips ---------------------------------------------------------------------
const references = Object.fromEntries(
  readFileSync(path.join(LIBRIVOX, "transcription"), "utf8")
    .trim()
    .split("\n")
    .map((line) => {
      const m = /^(.*)\((\S+)\)\s*$/.exec(line);
      return [m[2], m[1].replace(/<\/?s>/g, "").trim()];
    }),
);
const ids = Object.keys(references);
console.log(`machine: ${cores} cores, load ${os.loadavg()[0].toFixed(2)} at start (wall figures include other processes' load); pocketsphinx_batch, en-us model\n`);

const clipRows = [];
for (const id of ids) {
  const row = await measure(path.join(LIBRIVOX, `${id}.wav`), references[id], { parallelism: 1 });
  clipRows.push(row);
  if (process.env.VERBOSE) console.log(`  ${id}: ${row.errors} errors — ${row.text}`);
}
report("LibriVox, 5 clips, each as 1 chunk", clipRows);

// The five clips back to back with 0.6 s pauses: one file, so chunking and parallelism apply.
const joined = path.join(work, "librivox-joined.wav");
if (!existsSync(joined)) {
  const inputs = ids.flatMap((id) => ["-i", path.join(LIBRIVOX, `${id}.wav`)]);
  const filter = ids.map((_, i) => `[${i}:a]apad=pad_dur=0.6[a${i}]`).join(";") + ";" + ids.map((_, i) => `[a${i}]`).join("") + `concat=n=${ids.length}:v=0:a=1`;
  execFileSync("ffmpeg", ["-v", "error", "-y", ...inputs, "-filter_complex", filter, "-ac", "1", "-ar", "16000", "-c:a", "pcm_s16le", joined]);
}
const joinedRef = ids.map((id) => references[id]).join(" ");
report("LibriVox joined (28 s), 1 chunk", [await measure(joined, joinedRef, { parallelism: 1, chunkSec: 3600 })]);
report(`LibriVox joined (28 s), parallel ×${cores}`, [await measure(joined, joinedRef, { parallelism: cores, chunkSec: 10 })]);

// --- 10-minute espeak-ng recording ------------------------------------------------------
if (!process.argv.includes("--skip-long")) {
  const script = readFileSync("tests/fixtures/audio/onboarding.txt", "utf8").trim();
  const voices = ["en-us+m1", "en-us+f3", "en-us+m3", "en-us"];
  const long = path.join(work, "ten-minutes.mp3");
  const longRef = path.join(work, "ten-minutes.txt");
  if (!existsSync(long)) {
    const parts = [];
    const texts = [];
    for (let i = 0, total = 0; total < 600; i++) {
      const wav = path.join(work, `part-${i}.wav`);
      execFileSync("espeak-ng", ["-v", voices[i % voices.length], "-s", "150", "-g", "2", "-w", wav, script]);
      execFileSync("sox", [wav, path.join(work, `pad-${i}.wav`), "pad", "0", "0.8"]);
      parts.push(path.join(work, `pad-${i}.wav`));
      texts.push(script);
      total += Number(execFileSync("soxi", ["-D", path.join(work, `pad-${i}.wav`)]).toString());
    }
    execFileSync("sox", [...parts, path.join(work, "ten-minutes.wav")]);
    // Faint room tone, as in scripts/make-fixtures.sh: synthetic speech has digital silence.
    execFileSync("ffmpeg", ["-v", "error", "-y", "-i", path.join(work, "ten-minutes.wav"), "-f", "lavfi", "-i", "anoisesrc=c=pink:a=0.003:r=22050:seed=7", "-filter_complex", "[0:a][1:a]amix=inputs=2:duration=first:normalize=0", "-ac", "1", "-c:a", "libmp3lame", "-b:a", "64k", long]);
    writeFileSync(longRef, texts.join("\n"));
  }
  const reference = readFileSync(longRef, "utf8");
  report("espeak-ng 10 min, 1 chunk", [await measure(long, reference, { parallelism: 1, chunkSec: 3600 })]);
  report(`espeak-ng 10 min, 60 s chunks, parallel ×${cores}`, [await measure(long, reference, { parallelism: cores })]);
}
