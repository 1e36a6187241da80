// Everything a generator needs, computed once per generate call: the analysis of the
// transcript, the outline sections, the voice and the audience.
import { analyzeTranscript, type Analysis } from "@/lib/nlp/analyze";
import type { KitAssetSpec } from "@/lib/kits/model";
import type { Extraction } from "@/lib/extract/model";
import type { GenerateInput } from "../model";
import { toneOf, type Tone } from "./voice";
import { outlineSections, type Section } from "./sections";

export interface GenContext {
  input: GenerateInput;
  spec: KitAssetSpec;
  analysis: Analysis;
  extraction: Extraction;
  audience: string;
  tone: Tone;
  subtitle: string;
  sections: Section[];
}

const cache = new WeakMap<GenerateInput, Omit<GenContext, "spec">>();

export function buildContext(input: GenerateInput, spec: KitAssetSpec): GenContext {
  let shared = cache.get(input);
  if (!shared) {
    const analysis = analyzeTranscript(input.transcript);
    const audience = input.job.audience?.trim() || input.voice?.audience?.trim() || "team";
    shared = {
      input,
      analysis,
      extraction: input.extraction,
      audience,
      tone: toneOf(input.voice, input.template.tone),
      subtitle: `From “${input.job.title}”${audience !== "team" ? ` · for ${audience}` : ""}`,
      sections: outlineSections(analysis, input.extraction),
    };
    cache.set(input, shared);
  }
  return { ...shared, spec };
}
