// Offline English speech recognition with Debian's pocketsphinx (CMU Sphinx), on CPU.
import { existsSync } from "node:fs";
import { readFile, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { runTool } from "@/lib/media/run-ffmpeg";
import { withTempDir } from "@/lib/media/with-temp-dir";
import { readWavHeader } from "@/lib/media/read-wav-header";
import { detectSilences } from "@/lib/media/detect-silences";
import { planChunks } from "@/lib/media/plan-chunks";
import type { Segment } from "@/lib/transcripts/model";
import type { AsrProvider } from "./model";
import { AsrError } from "./asr-error";
import { groupWords } from "./group-words";
import { parseCtm } from "./parse-ctm";
import { pocketsphinxFlags, pocketsphinxModelDir as MODEL, utteranceSec } from "./pocketsphinx-settings";

const FRAMES_PER_SEC = 100;

function assertModel() {
  if (!existsSync(`${MODEL}/en-us/mdef`)) throw new AsrError("engine_missing", "pocketsphinx's English model is missing; install the pocketsphinx-en-us package.");
}

async function assertSpeechWav(wavPath: string) {
  const header = await readWavHeader(wavPath);
  if (header.sampleRate !== 16_000 || header.channels !== 1 || header.bitsPerSample !== 16) {
    throw new AsrError("unsupported_audio", `pocketsphinx needs 16 kHz mono 16-bit WAV (got ${header.sampleRate} Hz, ${header.channels} ch, ${header.bitsPerSample} bit); run normalizeAudio first.`);
  }
  return header;
}

/** Decodes one 16 kHz mono WAV (a chunk) as utterances cut at its pauses, in one process so the model loads once. */
async function transcribeWav(wavPath: string): Promise<Segment[]> {
  assertModel();
  const header = await assertSpeechWav(wavPath);
  const frames = Math.floor(header.durationSec * FRAMES_PER_SEC);
  if (frames < 10) return [];
  const utterances = planChunks(frames / FRAMES_PER_SEC, await detectSilences(wavPath), utteranceSec);
  return withTempDir("talksmith-pocketsphinx-", async (dir) => {
    // pocketsphinx_batch names inputs as <cepdir>/<id><cepext>; a link gives it a name it can use.
    await symlink(path.resolve(wavPath), path.join(dir, "audio.wav"));
    const offsets = new Map(utterances.map((u) => [`u${u.index}`, u.start]));
    const ctl = utterances.map((u) => `audio ${Math.round(u.start * FRAMES_PER_SEC)} ${Math.min(frames, Math.round(u.end * FRAMES_PER_SEC))} u${u.index}`).join("\n") + "\n";
    await writeFile(path.join(dir, "utterances.ctl"), ctl);
    const ctm = path.join(dir, "words.ctm");
    const args = [
      ...["-adcin", "yes", "-adchdr", String(header.dataOffset), "-cepdir", dir, "-cepext", ".wav", "-ctl", path.join(dir, "utterances.ctl"), "-ctm", ctm],
      ...["-hmm", `${MODEL}/en-us`, "-lm", `${MODEL}/en-us.lm.bin`, "-dict", `${MODEL}/cmudict-en-us.dict`, "-logfn", path.join(dir, "log")],
      ...pocketsphinxFlags,
    ];
    // Generous: pocketsphinx runs at ~0.2× real time, but the machine may be busy.
    const result = await runTool("pocketsphinx_batch", args, Math.max(60_000, header.durationSec * 3_000));
    const output = result.code === 0 && existsSync(ctm) ? await readFile(ctm, "utf8") : null;
    if (output === null) {
      const log = existsSync(path.join(dir, "log")) ? await readFile(path.join(dir, "log"), "utf8") : result.stderr;
      const why = result.timedOut ? "timed out" : (log.split("\n").filter((l) => /ERROR|FATAL/.test(l)).pop() ?? `exit ${result.code}`);
      throw new AsrError("engine_failed", `pocketsphinx failed: ${why}`);
    }
    const words = parseCtm(output, offsets);
    const breaks = new Set(utterances.slice(1).map((u) => words.findIndex((w) => w.start >= u.start)).filter((i) => i > 0));
    return groupWords(words, { breaks });
  });
}

export const pocketsphinxProvider: AsrProvider = {
  name: "pocketsphinx",
  languages: ["en"],
  async transcribe(wavPath, { language }) {
    if (language && !language.toLowerCase().startsWith("en")) throw new AsrError("unsupported_language", `The offline engine only understands English, not "${language}". Configure an OpenAI-compatible transcription API for other languages.`);
    return transcribeWav(wavPath);
  },
};
