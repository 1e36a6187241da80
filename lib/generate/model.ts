// What the generate stage takes and gives back, for every engine (built-in or LLM).
import type { AssetDocument } from "@/lib/documents/model";
import type { Extraction } from "@/lib/extract/model";
import type { AssetType, KitTemplateSpec, VoiceProfileSpec } from "@/lib/kits/model";
import type { TranscriptData } from "@/lib/transcripts/model";

export interface GenerateInput {
  template: KitTemplateSpec;
  transcript: TranscriptData;
  extraction: Extraction;
  job: { title: string; audience?: string | null };
  outputLanguage: string;
  voice?: VoiceProfileSpec | null;
}

export interface GeneratedAsset {
  type: AssetType;
  title: string;
  content: AssetDocument;
  /** The engine that wrote this asset ("builtin", "openai"): the LLM engine falls back per asset. */
  provider?: string;
}

export class UnsupportedLanguageError extends Error {
  readonly code = "unsupported_language";
  constructor(readonly language: string) {
    super(`The built-in generator writes English only; output in "${language}" needs an LLM provider (set LLM_BASE_URL).`);
    this.name = "UnsupportedLanguageError";
  }
}
