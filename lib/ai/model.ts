import type { Extraction } from "@/lib/extract/model";
import type { ExtractOptions } from "@/lib/extract/builtin";
import type { TranscriptData } from "@/lib/transcripts/model";
import type { GenerateInput, GeneratedAsset } from "@/lib/generate/model";

export interface ExtractResult {
  /** The engine that really produced the extraction ("openai" or, after a fallback, "builtin"). */
  provider: string;
  extraction: Extraction;
}

export interface GenerateResult {
  /** "openai", "builtin", or "openai+builtin" when some assets fell back. Each asset names its own. */
  provider: string;
  assets: GeneratedAsset[];
}

/** Extraction and generation behind one interface: the built-in engine or an OpenAI-compatible model. */
export interface KitEngine {
  name: string;
  languages: string[];
  extract(transcript: TranscriptData, options?: ExtractOptions): Promise<ExtractResult>;
  generate(input: GenerateInput): Promise<GenerateResult>;
}
