import { config } from "@/lib/config";
import type { AsrProvider } from "./model";
import { openAiAsrProvider } from "./openai";
import { pocketsphinxProvider } from "./pocketsphinx";

/** pocketsphinx offline by default; an OpenAI-compatible API when ASR_BASE_URL is set. */
export function getAsrProvider(): AsrProvider {
  const asr = config.asr;
  return asr ? openAiAsrProvider(asr) : pocketsphinxProvider;
}
