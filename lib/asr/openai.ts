// Any OpenAI-compatible POST /audio/transcriptions (OpenAI, Groq, a local whisper server…).
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Segment, Word } from "@/lib/transcripts/model";
import type { AsrProvider } from "./model";
import { AsrError } from "./asr-error";
import { groupWords } from "./group-words";

export interface OpenAiAsrSettings {
  baseUrl: string;
  apiKey?: string;
  model: string;
  timeoutMs?: number;
}

interface VerboseJson {
  text?: string;
  segments?: { start: number; end: number; text: string; speaker?: string | null }[];
  words?: { word: string; start: number; end: number; probability?: number }[];
}

const EDGE = 0.05;

function toWords(body: VerboseJson): Word[] {
  return (body.words ?? [])
    .map((w) => ({ text: w.word.trim(), start: Math.max(0, w.start), end: Math.max(w.start, w.end), confidence: typeof w.probability === "number" ? w.probability : null }))
    .filter((w) => w.text);
}

/** Hands each word to the segment it falls in (by its midpoint, since APIs round edges differently). */
function toSegments(body: VerboseJson, words: Word[]): Segment[] {
  const segments = (body.segments ?? []).filter((s) => s.text.trim());
  if (!segments.length) return words.length ? groupWords(words) : body.text?.trim() ? [{ start: 0, end: 0, text: body.text.trim(), speaker: null, words: [] }] : [];
  let w = 0;
  return segments.map((s, i): Segment => {
    const inside: Word[] = [];
    const last = i === segments.length - 1;
    while (w < words.length && (last || (words[w].start + words[w].end) / 2 < s.end + EDGE)) inside.push(words[w++]);
    return { start: Math.max(0, s.start), end: Math.max(s.start, s.end), text: s.text.trim(), speaker: s.speaker ?? null, words: inside };
  });
}

export function openAiAsrProvider(settings: OpenAiAsrSettings): AsrProvider {
  const url = `${settings.baseUrl.replace(/\/+$/, "")}/audio/transcriptions`;
  return {
    name: "openai",
    languages: ["en", "es", "fr", "de", "pt", "it", "nl", "pl", "sv", "da", "no", "fi", "ja", "ko", "zh", "hi", "ar", "tr"],
    async transcribe(wavPath, { language }) {
      const form = new FormData();
      form.append("file", new Blob([new Uint8Array(await readFile(wavPath))], { type: "audio/wav" }), path.basename(wavPath));
      form.append("model", settings.model);
      form.append("response_format", "verbose_json");
      form.append("timestamp_granularities[]", "segment");
      form.append("timestamp_granularities[]", "word");
      if (language) form.append("language", language);
      let res: Response;
      try {
        res = await fetch(url, {
          method: "POST",
          headers: settings.apiKey ? { Authorization: `Bearer ${settings.apiKey}` } : {},
          body: form,
          signal: AbortSignal.timeout(settings.timeoutMs ?? 15 * 60_000),
        });
      } catch (error) {
        throw new AsrError("api_error", `The transcription API could not be reached: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (!res.ok) throw new AsrError("api_error", `The transcription API answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
      const body = (await res.json()) as VerboseJson;
      return toSegments(body, toWords(body));
    },
  };
}
