// Transcript downloads: TXT, SRT, VTT and JSON. Subtitle cues are split by word timings to
// at most ~7 s and ~84 characters, so they read like subtitles, not paragraphs.
import type { Segment } from "./model";

interface Cue {
  start: number;
  end: number;
  text: string;
  speaker: string | null;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
function stamp(sec: number, sep: "," | ".") {
  const ms = Math.round(sec * 1000);
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}${sep}${pad(ms % 1000, 3)}`;
}

export function toCues(segments: Segment[], { maxSec = 7, maxChars = 84 } = {}): Cue[] {
  const cues: Cue[] = [];
  for (const s of segments) {
    if (!s.words.length) {
      cues.push({ start: s.start, end: s.end, text: s.text, speaker: s.speaker ?? null });
      continue;
    }
    let words: typeof s.words = [];
    const flush = () => {
      if (words.length) cues.push({ start: words[0].start, end: words[words.length - 1].end, text: words.map((w) => w.text).join(" "), speaker: s.speaker ?? null });
      words = [];
    };
    for (const w of s.words) {
      const text = [...words, w].map((x) => x.text).join(" ");
      if (words.length && (w.end - words[0].start > maxSec || text.length > maxChars)) flush();
      words.push(w);
    }
    flush();
  }
  return cues;
}

export const toTxt = (segments: Segment[]) => segments.map((s) => (s.speaker ? `${s.speaker}: ${s.text}` : s.text)).join("\n") + "\n";

export const toSrt = (segments: Segment[]) =>
  toCues(segments)
    .map((c, i) => `${i + 1}\n${stamp(c.start, ",")} --> ${stamp(Math.max(c.end, c.start + 0.001), ",")}\n${c.speaker ? `${c.speaker}: ` : ""}${c.text}\n`)
    .join("\n");

export const toVtt = (segments: Segment[]) =>
  "WEBVTT\n\n" +
  toCues(segments)
    .map((c) => `${stamp(c.start, ".")} --> ${stamp(Math.max(c.end, c.start + 0.001), ".")}\n${c.speaker ? `<v ${c.speaker}>` : ""}${c.text}\n`)
    .join("\n");

export const toJson = (transcript: { language: string; provider: string; durationSec: number; segments: Segment[] }) => JSON.stringify(transcript, null, 2) + "\n";

export const transcriptFormats = { txt: "text/plain; charset=utf-8", srt: "application/x-subrip; charset=utf-8", vtt: "text/vtt; charset=utf-8", json: "application/json; charset=utf-8" } as const;
export type TranscriptFormat = keyof typeof transcriptFormats;

export function renderTranscript(format: TranscriptFormat, transcript: { language: string; provider: string; durationSec: number; segments: Segment[] }) {
  return format === "txt" ? toTxt(transcript.segments) : format === "srt" ? toSrt(transcript.segments) : format === "vtt" ? toVtt(transcript.segments) : toJson(transcript);
}
