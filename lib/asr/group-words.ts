import type { Segment, Word } from "@/lib/transcripts/model";

/** Groups timed words into segments at pauses (and at a length cap), the way subtitles read. */
export function groupWords(words: Word[], { pauseSec = 0.7, maxSec = 12, breaks = new Set<number>() } = {}): Segment[] {
  const segments: Segment[] = [];
  let current: Word[] = [];
  const flush = () => {
    if (!current.length) return;
    segments.push({ start: current[0].start, end: current[current.length - 1].end, text: current.map((w) => w.text).join(" "), speaker: null, words: current });
    current = [];
  };
  words.forEach((word, i) => {
    const prev = current[current.length - 1];
    if (prev && (breaks.has(i) || word.start - prev.end > pauseSec || word.end - current[0].start > maxSec)) flush();
    current.push(word);
  });
  flush();
  return segments;
}
