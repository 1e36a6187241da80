import { extractBuiltin } from "@/lib/extract/builtin";
import { generateBuiltin } from "@/lib/generate/builtin";
import type { KitEngine } from "./model";

export const builtinEngine: KitEngine = {
  name: "builtin",
  languages: ["en"],
  extract: async (transcript) => ({ provider: "builtin", extraction: extractBuiltin(transcript) }),
  generate: async (input) => ({ provider: "builtin", assets: generateBuiltin(input) }),
};
