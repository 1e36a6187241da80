import type { Silence } from "./detect-silences";

export interface Chunk {
  index: number;
  start: number;
  end: number;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Splits [0, duration) into chunks of about targetSec, each cut at the middle of the pause
 * nearest the target (so no word is cut in two), never longer than maxSec. Without a pause in
 * reach it cuts at the target. A cut never leaves a tail shorter than a quarter target, which
 * would give the recogniser too little context.
 */
export function planChunks(durationSec: number, silences: Silence[], { targetSec, maxSec }: { targetSec: number; maxSec: number }): Chunk[] {
  if (!(durationSec > 0)) return [];
  const mids = silences.map((s) => (s.start + s.end) / 2).sort((a, b) => a - b);
  const chunks: Chunk[] = [];
  let start = 0;
  while (durationSec - start > maxSec) {
    const ideal = start + targetSec;
    const candidates = mids.filter((mid) => mid > start + targetSec * 0.5 && mid <= start + maxSec && mid < durationSec - targetSec * 0.25);
    const cut = candidates.length ? candidates.reduce((best, mid) => (Math.abs(mid - ideal) < Math.abs(best - ideal) ? mid : best)) : ideal;
    chunks.push({ index: chunks.length, start: round(start), end: round(cut) });
    start = cut;
  }
  chunks.push({ index: chunks.length, start: round(start), end: round(durationSec) });
  return chunks;
}
