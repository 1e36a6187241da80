// Every whitespace token of the transcript with its place in its segment and its time. Word
// timings are used when the recogniser gave them; otherwise time is spread over the segment
// by character position, which tracks speaking time better than word counts.
import type { TranscriptData } from "@/lib/transcripts/model";

export interface TimedToken {
  text: string;
  segment: number;
  charStart: number;
  charEnd: number;
  start: number;
  end: number;
}

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}']/gu, "");

export function timedTokens(transcript: TranscriptData): TimedToken[] {
  const out: TimedToken[] = [];
  transcript.segments.forEach((segment, si) => {
    const spans = [...segment.text.matchAll(/\S+/g)].map((m) => ({ text: m[0], charStart: m.index, charEnd: m.index + m[0].length }));
    const words = segment.words ?? [];
    const length = Math.max(1, segment.text.length);
    const span = Math.max(0, segment.end - segment.start);
    let cursor = 0;
    spans.forEach((t, i) => {
      let start = segment.start + (span * t.charStart) / length;
      let end = segment.start + (span * t.charEnd) / length;
      if (words.length === spans.length) ({ start, end } = words[i]);
      else if (words.length) {
        // Recognisers that punctuate split words differently from the text: match forward by
        // normalised spelling, and fall back to the proportional position.
        const target = norm(t.text);
        const hit = words.findIndex((w, j) => j >= cursor && j < cursor + 4 && norm(w.text) === target);
        const w = hit >= 0 ? words[hit] : words[Math.min(words.length - 1, Math.floor((i * words.length) / spans.length))];
        if (hit >= 0) cursor = hit + 1;
        ({ start, end } = w);
      }
      out.push({ ...t, segment: si, start, end: Math.max(start, end) });
    });
  });
  return out;
}
