import type { Segment } from "@/lib/transcripts/model";

const r = (n: number) => Math.round(n * 1000) / 1000;

/** Shifts each chunk's segments by the chunk's start and clamps them inside it: absolute, monotonic times. */
export function mergeChunkSegments(results: { chunk: { start: number; end: number }; segments: Segment[] }[]): Segment[] {
  const merged: Segment[] = [];
  let last = 0;
  for (const { chunk, segments } of [...results].sort((a, b) => a.chunk.start - b.chunk.start)) {
    for (const s of segments) {
      const shift = (t: number) => r(Math.min(chunk.end, Math.max(last, chunk.start + t)));
      const words = s.words.map((w) => {
        const start = shift(w.start);
        const word = { ...w, start, end: Math.max(start, shift(w.end)) };
        last = word.start;
        return word;
      });
      const start = words[0]?.start ?? shift(s.start);
      const end = Math.max(start, words[words.length - 1]?.end ?? shift(s.end));
      merged.push({ ...s, start, end, words });
      last = Math.max(last, start);
    }
  }
  return merged;
}
