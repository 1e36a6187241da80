import type { Silence } from "./detect-silences";

export interface Chunk {
  index: number;
  start: number;
  end: number;
}

/**
 * Splits [0, duration) into chunks of about targetSec, each cut at the middle of the pause
 * nearest the target (so no word is cut in two), never longer than maxSec.
 */
export function planChunks(durationSec: number, silences: Silence[], { targetSec, maxSec }: { targetSec: number; maxSec: number }): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  while (durationSec - start > maxSec) {
    const ideal = start + targetSec;
    const candidates = silences
      .map((s) => (s.start + s.end) / 2)
      .filter((mid) => mid > start + targetSec * 0.5 && mid <= start + maxSec);
    const cut = candidates.length ? candidates.reduce((best, mid) => (Math.abs(mid - ideal) < Math.abs(best - ideal) ? mid : best)) : ideal;
    chunks.push({ index: chunks.length, start: round(start), end: round(cut) });
    start = cut;
  }
  chunks.push({ index: chunks.length, start: round(start), end: round(durationSec) });
  return chunks;
}

const round = (n: number) => Math.round(n * 1000) / 1000;
