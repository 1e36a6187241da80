// Models paraphrase. A quote must be the speaker's exact words, so anything that is not a
// substring of the transcript is dropped, and times are kept inside the recording.
import type { Extraction } from "@/lib/extract/model";
import { transcriptText, type TranscriptData } from "@/lib/transcripts/model";

export function keepVerbatimQuotes(extraction: Extraction, transcript: TranscriptData): Extraction {
  const text = transcriptText(transcript.segments);
  const duration = transcript.durationSec || Infinity;
  const quotes = extraction.quotes
    .map((q) => ({ ...q, text: q.text.trim() }))
    .filter((q) => q.text && text.includes(q.text))
    .map((q) => {
      const start = Math.min(Math.max(0, q.start), duration);
      return { ...q, start, end: Math.min(Math.max(q.end, start + 0.01), duration) };
    })
    .filter((q) => q.end > q.start);
  return { ...extraction, quotes };
}

/** Same test for a quote block's text, forgiving only case and punctuation at the edges. */
export function isVerbatim(quote: string, transcript: TranscriptData) {
  const flat = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}']+/gu, " ").trim();
  return flat(transcriptText(transcript.segments)).includes(flat(quote));
}
