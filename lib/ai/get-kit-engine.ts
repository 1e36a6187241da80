import { config } from "@/lib/config";
import { builtinEngine } from "./builtin-engine";
import { openAiCompatibleEngine } from "./openai-compatible-engine";
import type { KitEngine } from "./model";

/** An OpenAI-compatible chat model when LLM_BASE_URL is set (falling back to built-in on bad output), else built-in. */
export function getKitEngine(): KitEngine {
  const llm = config.llm;
  return llm ? openAiCompatibleEngine({ baseUrl: llm.baseUrl, apiKey: llm.apiKey, model: llm.model }) : builtinEngine;
}
