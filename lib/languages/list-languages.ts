import { config } from "@/lib/config";

const names: Record<string, string> = {
  en: "English", es: "Spanish", fr: "French", de: "German", pt: "Portuguese", it: "Italian", nl: "Dutch", pl: "Polish",
  sv: "Swedish", da: "Danish", no: "Norwegian", fi: "Finnish", ja: "Japanese", ko: "Korean", zh: "Chinese", hi: "Hindi", ar: "Arabic", tr: "Turkish",
};

export interface LanguageView {
  code: string;
  name: string;
  transcription: boolean;
  generation: boolean;
  plan: "free" | "pro";
}

/** Only what the configured providers can really produce (SPEC §9). */
export function listLanguages(engines: { asr: string[]; generation: string[] }): LanguageView[] {
  const codes = [...new Set([...engines.generation, ...engines.asr])];
  return codes
    .map((code) => ({
      code,
      name: names[code] ?? code,
      transcription: engines.asr.includes(code),
      generation: engines.generation.includes(code),
      plan: code === "en" ? ("free" as const) : ("pro" as const),
    }))
    .sort((a, b) => (a.code === "en" ? -1 : b.code === "en" ? 1 : a.name.localeCompare(b.name)));
}

export const llmLanguages = Object.keys(names);
export const configuredGenerationLanguages = () => (config.llm ? llmLanguages : ["en"]);
export const configuredAsrLanguages = () => (config.asr ? llmLanguages : ["en"]);
