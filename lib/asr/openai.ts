// Any OpenAI-compatible /audio/transcriptions endpoint (OpenAI, Groq, a local whisper server…).
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Segment } from "@/lib/transcripts/model";
import type { AsrProvider } from "./model";
import { groupWords } from "./group-words";

export interface OpenAiAsrSettings {
  baseUrl: string;
  apiKey?: string;
  model: string;
}

interface VerboseJson {
  language?: string;
  duration?: number;
  text?: string;
  segments?: { start: number; end: number; text: string; speaker?: string }[];
  words?: { word: string; start: number; end: number }[];
}

export function openAiAsrProvider(settings: OpenAiAsrSettings): AsrProvider {
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
      const res = await fetch(`${settings.baseUrl.replace(/\/$/, "")}/audio/transcriptions`, {
        method: "POST",
        headers: settings.apiKey ? { Authorization: `Bearer ${settings.apiKey}` } : {},
        body: form,
        signal: AbortSignal.timeout(15 * 60_000),
      });
      if (!res.ok) throw new Error(`The transcription API answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
      const body = (await res.json()) as VerboseJson;
      const words = (body.words ?? []).map((w) => ({ text: w.word.trim(), start: w.start, end: w.end, confidence: null }));
      if (!body.segments?.length) return groupWords(words);
      return body.segments.map((s): Segment => {
        const inside = words.filter((w) => w.start >= s.start - 0.01 && w.end <= s.end + 0.01);
        return { start: s.start, end: s.end, text: s.text.trim(), speaker: s.speaker ?? null, words: inside };
      });
    },
  };
}
