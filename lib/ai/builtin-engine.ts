import { extractBuiltin } from "@/lib/extract/builtin";
import { generateBuiltin } from "@/lib/generate/builtin";
import type { KitEngine } from "./model";

/** Offline extractive NLP (wink-nlp): no network, English output. */
export const builtinEngine: KitEngine = {
  name: "builtin",
  languages: ["en"],
  extract: async (transcript, options) => ({ provider: "builtin", extraction: extractBuiltin(transcript, options) }),
  generate: async (input) => ({ provider: "builtin", assets: generateBuiltin(input) }),
};
