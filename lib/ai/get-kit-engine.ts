import { config } from "@/lib/config";
import { builtinEngine } from "./builtin-engine";
import { openAiEngine } from "./openai-engine";
import type { KitEngine } from "./model";

/** An OpenAI-compatible chat model when LLM_BASE_URL is set (falling back to built-in on bad output). */
export function getKitEngine(): KitEngine {
  const llm = config.llm;
  return llm ? openAiEngine(llm) : builtinEngine;
}
