// Sentence-like units with times. Punctuated text: real sentence boundaries (wink-nlp).
// Unpunctuated ASR output: pauses between segments and between words, discourse markers
// ("first", "okay", "finally") and a length cap define the units instead.
import type { TranscriptData } from "@/lib/transcripts/model";
import { nlp } from "./wink";
import { DISCOURSE_MARKERS } from "./lexicon";
import { timedTokens, type TimedToken } from "./timed-tokens";

export interface Unit {
  index: number;
  /** The unit's words as spoken, single-spaced. */
  text: string;
  /** Exact substring of one segment's text, or null when the unit spans segments. */
  verbatim: string | null;
  start: number;
  end: number;
  speaker: string | null;
  segment: number;
  wordCount: number;
  timed: TimedToken[];
}

const MAX_WORDS = 32;
const MIN_WORDS = 4;

export function isPunctuated(transcript: TranscriptData) {
  const text = transcript.segments.map((s) => s.text).join(" ");
  const marks = (text.match(/[.!?](\s|$)/g) ?? []).length;
  const wordCount = text.split(/\s+/).length;
  return marks > 0 && wordCount / marks < 40;
}

/** Character offsets (within each segment) where wink-nlp ends a sentence. */
function sentenceEnds(transcript: TranscriptData): Set<string>[] {
  return transcript.segments.map((segment) => {
    const ends = new Set<string>();
    let cursor = 0;
    for (const sentence of nlp().readDoc(segment.text).sentences().out()) {
      const at = segment.text.indexOf(sentence.trim(), cursor);
      if (at < 0) continue;
      cursor = at + sentence.trim().length;
      ends.add(String(cursor));
    }
    return ends;
  });
}

// "your first day", "the next step": after these a marker word is an adjective, not a new sentence.
const BOUND = /^(the|a|an|your|my|our|their|his|her|its|this|that|these|those|in|on|at|of|for|to|with|from|by|is|are|was|be|and|or|very|most|every|each|some|any|no)$/i;

function markerBonus(tokens: TimedToken[], i: number) {
  if (i > 0 && BOUND.test(tokens[i - 1].text)) return 0;
  // "first then …", "next week": an ordinal followed by these is not opening a sentence.
  if (/^(then|and|time|thing|things|day|week|month|year|one|step|quarter|business)$/i.test(tokens[i + 1]?.text ?? "")) return 0;
  const ahead = tokens.slice(i, i + 3).map((t) => t.text.toLowerCase()).join(" ");
  for (const [re, bonus] of DISCOURSE_MARKERS) if (re.test(ahead)) return bonus;
  return 0;
}

export function toUnits(transcript: TranscriptData): Unit[] {
  const tokens = timedTokens(transcript);
  const segments = transcript.segments;
  const punctuated = isPunctuated(transcript);
  const ends = punctuated ? sentenceEnds(transcript) : [];
  const cuts: number[] = [0];
  let from = 0;

  for (let i = 1; i <= tokens.length; i++) {
    const prev = tokens[i - 1];
    const next = tokens[i];
    const length = i - from;
    let cut = !next;
    if (!cut && next.segment !== prev.segment) {
      const a = segments[prev.segment];
      const b = segments[next.segment];
      const sentenceDone = punctuated ? /[.!?]["')]?$/.test(prev.text) : true;
      // A segment cut by a length cap (no pause) continues the same sentence.
      const continues = (a.speaker ?? null) === (b.speaker ?? null) && b.start - a.end < (punctuated ? 1.5 : 0.25) && length < MAX_WORDS;
      cut = sentenceDone ? !(continues && !punctuated) : !continues;
    } else if (!cut && punctuated) {
      cut = ends[prev.segment].has(String(prev.charEnd)) && /[.!?]["')]?$/.test(prev.text);
    } else if (!cut) {
      const score = Math.max(0, next.start - prev.end) + markerBonus(tokens, i);
      if (length >= MIN_WORDS && score >= 0.28) cut = true;
      else if (length >= MAX_WORDS) cut = true;
    }
    if (cut) {
      if (!punctuated && next && length >= MAX_WORDS && next.segment === prev.segment) {
        // Forced cut: back up to the strongest boundary among the later words.
        let best = i;
        let bestScore = -1;
        for (let j = from + 8; j < i; j++) {
          const s = Math.max(0, tokens[j].start - tokens[j - 1].end) + markerBonus(tokens, j);
          if (s > bestScore) [best, bestScore] = [j, s];
        }
        i = best;
      }
      cuts.push(i);
      from = i;
    }
  }

  const units: Unit[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const list = tokens.slice(cuts[k], cuts[k + 1]);
    if (!list.length) continue;
    const first = list[0];
    const last = list[list.length - 1];
    const single = first.segment === last.segment;
    units.push({
      index: units.length,
      text: list.map((t) => t.text).join(" "),
      verbatim: single ? segments[first.segment].text.slice(first.charStart, last.charEnd) : null,
      start: first.start,
      end: Math.max(first.start, last.end),
      speaker: segments[first.segment].speaker ?? null,
      segment: first.segment,
      wordCount: list.length,
      timed: list,
    });
  }
  return units;
}
