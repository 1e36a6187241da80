// An OpenAI-compatible chat model (OpenAI, Azure, OpenRouter, vLLM, Ollama …) behind KitEngine.
// Structured output is validated with zod; any HTTP error, timeout or invalid answer falls back
// to the built-in engine, and results say which engine produced them.
import { z } from "zod";
import { assetDocumentSchema } from "@/lib/documents/model";
import { extractionSchema } from "@/lib/extract/model";
import type { GeneratedAsset } from "@/lib/generate/model";
import { generateBuiltin } from "@/lib/generate/builtin";
import { finalizeDocument } from "@/lib/generate/builtin/finalize";
import { llmLanguages } from "@/lib/languages/list-languages";
import { builtinEngine } from "./builtin-engine";
import { chatJson, type LlmSettings } from "./chat-json";
import { isVerbatim, keepVerbatimQuotes } from "./verbatim-quotes";
import { extractionSystem, extractionUser, generationSystem, generationUser, isMany } from "./prompts";
import type { KitEngine } from "./model";

const assetsAnswer = z.object({ documents: z.array(assetDocumentSchema).min(1).max(15) });

export function openAiCompatibleEngine(settings: LlmSettings): KitEngine {
  return {
    name: "openai",
    languages: llmLanguages,
    async extract(transcript, options) {
      try {
        const answer = await chatJson(settings, { schema: extractionSchema, name: "extraction", system: extractionSystem, user: extractionUser(transcript) });
        const extraction = keepVerbatimQuotes(answer, transcript);
        const moments = [...extraction.moments].sort((a, b) => a.start - b.start).slice(0, options?.maxMoments ?? 15);
        return { provider: "openai", extraction: { ...extraction, moments, quotes: extraction.quotes.slice(0, options?.maxQuotes ?? 50) } };
      } catch {
        return builtinEngine.extract(transcript, options);
      }
    },
    async generate(input) {
      const assets: GeneratedAsset[] = [];
      for (const spec of input.template.assets) {
        try {
          const answer = await chatJson(settings, { schema: assetsAnswer, name: "documents", system: generationSystem(input, spec), user: generationUser(input, spec) });
          const docs = answer.documents
            .slice(0, isMany(spec) ? (spec.type === "quote_card" ? 10 : 15) : 1)
            .map((doc) => ({ ...doc, blocks: doc.blocks.filter((b) => b.type !== "quote" || isVerbatim(b.text, input.transcript)) }))
            .filter((doc) => doc.blocks.length);
          if (!docs.length) throw new Error("No usable document in the answer");
          assets.push(...docs.map((doc) => ({ type: spec.type, title: doc.title, content: finalizeDocument(doc, input.voice), provider: "openai" })));
        } catch (error) {
          // The built-in engine writes English only; other languages surface the LLM failure.
          if (input.outputLanguage.split("-")[0] !== "en") throw error;
          assets.push(...generateBuiltin({ ...input, template: { ...input.template, assets: [spec] } }));
        }
      }
      const providers = new Set(assets.map((a) => a.provider));
      return { provider: providers.size > 1 ? "openai+builtin" : (assets[0]?.provider ?? "openai"), assets };
    },
  };
}
