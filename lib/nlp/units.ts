// Splits a transcript into sentence-like units with times: real sentences when the text is
// punctuated; for unpunctuated speech-recogniser output, pause-bounded segments, cut further
// at discourse markers when long.
import type { TranscriptData } from "@/lib/transcripts/model";
import { nlp } from "./wink";
import { words } from "./text";

export interface Unit {
  index: number;
  /** Verbatim text, a substring of the segment's text. */
  text: string;
  start: number;
  end: number;
  speaker: string | null;
  segment: number;
}

const punctuated = (t: TranscriptData) => {
  const text = t.segments.map((s) => s.text).join(" ");
  const marks = (text.match(/[.!?]/g) ?? []).length;
  return marks > 0 && words(text).length / marks < 45;
};

function timeAt(segment: TranscriptData["segments"][number], wordIndex: number, edge: "start" | "end") {
  const w = segment.words;
  const total = words(segment.text).length;
  if (w.length && w.length === total) return w[Math.min(wordIndex, w.length - 1)][edge];
  const frac = total ? wordIndex / total : 0;
  return segment.start + (segment.end - segment.start) * (edge === "end" ? Math.min(1, frac + 1 / Math.max(1, total)) : frac);
}

const markers = /\b(so now|and then|next|after that|the next thing|okay so|alright|now let's|finally|first of all|secondly|the second|the third)\b/i;

function splitLong(text: string): string[] {
  const w = words(text);
  if (w.length <= 35) return [text];
  const parts: string[] = [];
  let current: string[] = [];
  for (let i = 0; i < w.length; i++) {
    const rest = w.slice(i, i + 3).join(" ");
    if (current.length >= 10 && markers.test(rest) && rest.search(markers) === 0) {
      parts.push(current.join(" "));
      current = [];
    }
    current.push(w[i]);
    if (current.length >= 40) {
      parts.push(current.join(" "));
      current = [];
    }
  }
  if (current.length) parts.push(current.join(" "));
  return parts;
}

export function toUnits(transcript: TranscriptData): Unit[] {
  const units: Unit[] = [];
  const usePunctuation = punctuated(transcript);
  transcript.segments.forEach((segment, si) => {
    const pieces = usePunctuation ? nlp().readDoc(segment.text).sentences().out() : splitLong(segment.text);
    let cursor = 0;
    let wordCursor = 0;
    for (const piece of pieces) {
      const text = piece.trim();
      if (!text) continue;
      const at = segment.text.indexOf(text, cursor);
      if (at < 0) continue;
      const before = words(segment.text.slice(0, at)).length;
      const n = words(text).length;
      cursor = at + text.length;
      wordCursor = before + n;
      units.push({
        index: units.length,
        text,
        start: Math.round(timeAt(segment, before, "start") * 1000) / 1000,
        end: Math.round(Math.max(timeAt(segment, before, "start"), timeAt(segment, wordCursor - 1, "end")) * 1000) / 1000,
        speaker: segment.speaker ?? null,
        segment: si,
      });
    }
  });
  return units;
}
