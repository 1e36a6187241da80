import { runTool } from "./run-ffmpeg";

export interface Silence {
  start: number;
  end: number;
}

/** Pauses of at least minSec below noiseDb, the natural places to cut long audio. */
export async function detectSilences(wav: string, { noiseDb = -35, minSec = 0.3 } = {}): Promise<Silence[]> {
  const result = await runTool("ffmpeg", ["-nostdin", "-hide_banner", "-nostats", "-i", wav, "-af", `silencedetect=noise=${noiseDb}dB:d=${minSec}`, "-f", "null", "-"], 10 * 60_000);
  if (result.code !== 0) throw new Error(`Silence detection failed: ${result.timedOut ? "timed out" : result.stderr.trim().split("\n").pop()}`);
  const silences: Silence[] = [];
  let start: number | null = null;
  for (const line of result.stderr.split("\n")) {
    const s = /silence_start: (-?[\d.e+-]+)/.exec(line);
    if (s) start = Math.max(0, Number(s[1]));
    const e = /silence_end: ([\d.e+-]+)/.exec(line);
    if (e && start !== null) {
      silences.push({ start, end: Number(e[1]) });
      start = null;
    }
  }
  return silences;
}
