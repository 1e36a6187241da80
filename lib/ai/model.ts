import type { Extraction } from "@/lib/extract/model";
import type { TranscriptData } from "@/lib/transcripts/model";
import type { GenerateInput, GeneratedAsset } from "@/lib/generate/model";

/**
 * Extraction and generation behind one interface: the built-in engine or an OpenAI-compatible
 * model. Results name the engine that really produced them (the LLM engine falls back).
 */
export interface KitEngine {
  name: string;
  languages: string[];
  extract(transcript: TranscriptData): Promise<{ provider: string; extraction: Extraction }>;
  generate(input: GenerateInput): Promise<{ provider: string; assets: GeneratedAsset[] }>;
}
