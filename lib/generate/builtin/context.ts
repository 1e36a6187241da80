import { toUnits } from "@/lib/nlp/units";
import { analyze, type AnalyzedUnit, type Keyphrase } from "@/lib/nlp/analyze";
import { sentenceCase, stripLeadIn } from "@/lib/nlp/text";
import type { KitAssetSpec, VoiceProfileSpec } from "@/lib/kits/model";
import type { GenerateInput } from "../model";

export interface GenContext {
  input: GenerateInput;
  spec: KitAssetSpec;
  units: AnalyzedUnit[];
  keyphrases: Keyphrase[];
  audience: string;
  subtitle: string;
  /** Clean sentence from a unit, in the voice profile's words. */
  sentence(text: string): string;
  voice(text: string): string;
  greeting: string;
  signOff: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Avoided words become the preferred word at the same position in the profile (pairs), or go. */
export function applyVoice(text: string, voice: VoiceProfileSpec | null | undefined): string {
  if (!voice) return text;
  let out = text;
  voice.avoidWords.forEach((avoid, i) => {
    if (!avoid.trim()) return;
    const replacement = voice.preferWords[i] ?? "";
    out = out.replace(new RegExp(`\\b${escape(avoid.trim())}\\b`, "gi"), (m) => (replacement && m[0] === m[0].toUpperCase() ? replacement[0].toUpperCase() + replacement.slice(1) : replacement));
  });
  return out.replace(/\s{2,}/g, " ").replace(/\s+([,.!?;:])/g, "$1").trim();
}

function tone(voice: VoiceProfileSpec | null | undefined, audience: string) {
  const t = (voice?.tone ?? "clear").toLowerCase();
  if (/formal|professional/.test(t)) return { greeting: `Dear ${audience},`, signOff: "Kind regards," };
  if (/energetic|enthusiastic|bold|excited/.test(t)) return { greeting: `Hey ${audience}!`, signOff: "Let's go," };
  if (/friendly|warm|casual/.test(t)) return { greeting: `Hi ${audience},`, signOff: "Cheers," };
  return { greeting: `Hello ${audience},`, signOff: "Best," };
}

const cache = new WeakMap<GenerateInput, { units: AnalyzedUnit[]; keyphrases: Keyphrase[] }>();

export function buildContext(input: GenerateInput, spec: KitAssetSpec): GenContext {
  let analysis = cache.get(input);
  if (!analysis) {
    analysis = analyze(toUnits(input.transcript));
    cache.set(input, analysis);
  }
  const audience = input.job.audience?.trim() || input.voice?.audience?.trim() || "team";
  const voice = (text: string) => applyVoice(text, input.voice);
  return {
    input,
    spec,
    units: analysis.units,
    keyphrases: analysis.keyphrases,
    audience,
    subtitle: `From “${input.job.title}”${input.job.audience ? ` · for ${input.job.audience}` : ""}`,
    sentence: (text) => voice(sentenceCase(stripLeadIn(text))),
    voice,
    ...tone(input.voice, audience),
  };
}
