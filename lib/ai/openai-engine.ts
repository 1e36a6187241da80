import { z } from "zod";
import { assetDocumentSchema } from "@/lib/documents/model";
import { extractionSchema } from "@/lib/extract/model";
import { transcriptText } from "@/lib/transcripts/model";
import { llmLanguages } from "@/lib/languages/list-languages";
import type { GeneratedAsset } from "@/lib/generate/model";
import { builtinEngine } from "./builtin-engine";
import { chatJson, type LlmSettings } from "./chat-json";
import type { KitEngine } from "./model";

const MAX_CHARS = 120_000;
const timed = (segments: { start: number; text: string; speaker?: string | null }[]) =>
  segments.map((s) => `[${s.start.toFixed(1)}] ${s.speaker ? `${s.speaker}: ` : ""}${s.text}`).join("\n").slice(0, MAX_CHARS);

const assetsAnswer = z.object({ assets: z.array(assetDocumentSchema).min(1).max(15) });

export function openAiEngine(settings: LlmSettings): KitEngine {
  return {
    name: "openai",
    languages: llmLanguages,
    async extract(transcript) {
      try {
        const extraction = await chatJson(
          settings,
          extractionSchema,
          "extraction",
          "You analyse transcripts of talks and workshops. Times are seconds from the start (given in brackets). Quotes must be copied verbatim from the transcript text, character for character.",
          `Find the key moments (title, summary, start, end), quotable lines (verbatim), topics, glossary terms with definitions, action items and questions asked.\n\nTranscript:\n${timed(transcript.segments)}`,
        );
        const text = transcriptText(transcript.segments);
        return { provider: "openai", extraction: { ...extraction, quotes: extraction.quotes.filter((q) => text.includes(q.text)) } };
      } catch {
        return builtinEngine.extract(transcript);
      }
    },
    async generate(input) {
      const assets: GeneratedAsset[] = [];
      let provider = "openai";
      for (const spec of input.template.assets) {
        const many = spec.type === "linkedin_post" || spec.type === "quote_card";
        try {
          const answer = await chatJson(
            settings,
            assetsAnswer,
            "assets",
            `You write ${spec.type.replaceAll("_", " ")} documents from a recording's transcript and extraction, in the language with ISO code "${input.outputLanguage}". Use the document model's blocks. ${input.voice ? `Voice: tone ${input.voice.tone}; prefer the words ${input.voice.preferWords.join(", ")}; never use ${input.voice.avoidWords.join(", ")}.` : ""}`,
            `Write ${many ? "one document per key moment (at most 15)" : "one document"} titled "${spec.title}" for ${input.job.audience ?? "the team"}.${spec.prompt ? ` Guidance: ${spec.prompt}` : ""}\nTitle of the session: ${input.job.title}\nExtraction: ${JSON.stringify(input.extraction).slice(0, 30_000)}\nTranscript:\n${timed(input.transcript.segments).slice(0, 60_000)}`,
          );
          assets.push(...answer.assets.slice(0, many ? 15 : 1).map((content) => ({ type: spec.type, title: content.title, content })));
        } catch (error) {
          if (input.outputLanguage !== "en") throw error;
          provider = "openai+builtin";
          const fallback = await builtinEngine.generate({ ...input, template: { ...input.template, assets: [spec] } });
          assets.push(...fallback.assets);
        }
      }
      return { provider, assets };
    },
  };
}
