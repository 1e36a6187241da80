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
}

export class UnsupportedLanguageError extends Error {
  constructor(readonly language: string) {
    super(`The built-in generator writes English only; output in "${language}" needs an LLM provider (set LLM_BASE_URL).`);
  }
}
