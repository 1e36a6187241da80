// Imports pasted or uploaded transcripts: SRT, WebVTT (cue times and <v Speaker> kept) or plain
// text ("Speaker: line" kept; times estimated from word counts at ~150 words a minute).
import type { Segment } from "./model";

export class TranscriptParseError extends Error {
  readonly code = "invalid_transcript";
  constructor(message: string) {
    super(message);
    this.name = "TranscriptParseError";
  }
}

const WPM = 150;
const time = (t: string) => {
  const m = /^(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{1,3})$/.exec(t.trim());
  if (!m) return NaN;
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4].padEnd(3, "0")) / 1000;
};
const speakerLine = /^([A-Z][\w .'-]{0,40}?):\s+(.+)$/;

function splitSpeaker(text: string): { speaker: string | null; text: string } {
  const v = /^<v(?:\.[^ >]+)?\s+([^>]+)>(.*?)(?:<\/v>)?$/.exec(text);
  if (v) return { speaker: v[1].trim(), text: v[2].trim() };
  const s = speakerLine.exec(text);
  return s ? { speaker: s[1].trim(), text: s[2].trim() } : { speaker: null, text };
}

function estimateWords(text: string, start: number, end: number) {
  const tokens = text.split(/\s+/).filter(Boolean);
  const step = tokens.length ? (end - start) / tokens.length : 0;
  return tokens.map((t, i) => ({ text: t, start: round(start + i * step), end: round(start + (i + 1) * step), confidence: null }));
}
const round = (n: number) => Math.round(n * 1000) / 1000;
const stripTags = (s: string) => s.replace(/<(?!v[\s.])[^>]+>/g, "").trim();

function parseCues(text: string): Segment[] {
  const blocks = text.replace(/\r/g, "").split(/\n{2,}/);
  const segments: Segment[] = [];
  for (const block of blocks) {
    const lines = block.split("\n").filter((l) => l.trim());
    const at = lines.findIndex((l) => l.includes("-->"));
    if (at < 0) continue;
    const [a, b] = lines[at].split("-->");
    const start = time(a);
    const end = time(b.trim().split(/\s+/)[0]);
    if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) throw new TranscriptParseError(`Bad cue time: ${lines[at]}`);
    const body = lines.slice(at + 1).map(stripTags).join(" ").trim();
    if (!body) continue;
    const { speaker, text: spoken } = splitSpeaker(body);
    segments.push({ start, end, text: spoken, speaker, words: estimateWords(spoken, start, end) });
  }
  return segments;
}

function parsePlain(text: string): Segment[] {
  const segments: Segment[] = [];
  let clock = 0;
  for (const raw of text.replace(/\r/g, "").split(/\n+/)) {
    const line = raw.trim();
    if (!line) continue;
    const { speaker, text: spoken } = splitSpeaker(line);
    const words = spoken.split(/\s+/).filter(Boolean).length;
    const duration = Math.max(1, (words / WPM) * 60);
    segments.push({ start: round(clock), end: round(clock + duration), text: spoken, speaker, words: estimateWords(spoken, clock, clock + duration) });
    clock += duration;
  }
  return segments;
}

export function parseTranscriptText(text: string, fileName?: string): { format: "srt" | "vtt" | "text"; durationSec: number; segments: Segment[] } {
  const trimmed = text.replace(/^\uFEFF/, "").trim();
  if (!trimmed) throw new TranscriptParseError("The transcript is empty.");
  const head = trimmed.slice(0, 4000);
  // A stray replacement character is a mis-encoded accent; many mean the bytes were never text.
  if (/[\u0000-\u0008\u000e-\u001f]/.test(head) || (head.match(/\ufffd/g)?.length ?? 0) > Math.max(3, head.length * 0.01)) throw new TranscriptParseError("The transcript is not text (it looks like a binary file).");
  const isVtt = trimmed.startsWith("WEBVTT") || fileName?.toLowerCase().endsWith(".vtt");
  const isSrt = !isVtt && (/^\d+\s*\n\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->/m.test(trimmed) || fileName?.toLowerCase().endsWith(".srt"));
  const segments = isVtt || isSrt ? parseCues(trimmed) : parsePlain(trimmed);
  if (!segments.length) throw new TranscriptParseError("No speech found in the transcript.");
  // Letters in any script; a transcript is mostly words, a data dump or a minified file is not.
  const spoken = segments.map((seg) => seg.text).join(" ").replace(/\s+/g, "");
  if ((spoken.match(/\p{L}/gu)?.length ?? 0) < spoken.length * 0.5) throw new TranscriptParseError("The transcript does not look like text: it is mostly symbols or numbers.");
  const words = segments.reduce((n, s) => n + s.text.split(/\s+/).filter(Boolean).length, 0);
  if (words < 3) throw new TranscriptParseError("The transcript is too short to work with (fewer than 3 words).");
  return { format: isVtt ? "vtt" : isSrt ? "srt" : "text", durationSec: segments[segments.length - 1].end, segments };
}
