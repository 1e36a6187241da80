// A voice profile steers wording: avoided words are replaced (by the preferred word at the same
// position, or a plain synonym) and the tone picks greetings, sign-offs and how posts open.
import type { VoiceProfileSpec } from "@/lib/kits/model";
import { escapeRegExp } from "@/lib/nlp/text";

export type Tone = "formal" | "friendly" | "energetic" | "neutral";

const SYNONYMS: Record<string, string> = {
  utilize: "use", leverage: "use", synergy: "teamwork", synergies: "shared strengths", customers: "clients", customer: "client",
  guys: "everyone", hey: "hello", awesome: "great", stuff: "material", basically: "", actually: "", just: "", very: "", really: "",
  manager: "lead", managers: "leads", employees: "team members", employee: "team member", users: "people", user: "person",
};

export function toneOf(voice: VoiceProfileSpec | null | undefined, templateTone?: string | null): Tone {
  const t = `${voice?.tone ?? ""} ${templateTone ?? ""}`.toLowerCase();
  if (/formal|professional|corporate|executive/.test(t)) return "formal";
  if (/energetic|enthusiastic|bold|excited|punchy|hype/.test(t)) return "energetic";
  if (/friendly|warm|casual|conversational|relaxed/.test(t)) return "friendly";
  return "neutral";
}

function matchCase(found: string, replacement: string) {
  if (!replacement) return "";
  if (found === found.toUpperCase() && found.length > 1) return replacement.toUpperCase();
  return /^[A-Z]/.test(found) ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
}

/** Rewrites text in the profile's words. Avoided words never survive (inflections included). */
export function applyVoice(text: string, voice: VoiceProfileSpec | null | undefined): string {
  if (!voice || !voice.avoidWords.length) return text;
  let out = text;
  voice.avoidWords.forEach((raw, i) => {
    const avoid = raw.trim();
    if (!avoid) return;
    const preferred = voice.preferWords[i]?.trim() ?? SYNONYMS[avoid.toLowerCase()] ?? "";
    const re = new RegExp(`\\b${escapeRegExp(avoid)}(s|es|ed|d|ing)?\\b`, "gi");
    out = out.replace(re, (found, suffix: string | undefined) => matchCase(found, preferred ? preferred + (suffix && /^(s|es)$/i.test(suffix) && !/s$/i.test(preferred) ? "s" : "") : ""));
  });
  // Removing a word can leave "a  plan" or " ," behind.
  return out.replace(/[ \t]{2,}/g, " ").replace(/ +([,.!?;:])/g, "$1").replace(/\(\s*\)/g, "").replace(/^\s+|\s+$/gm, "");
}

export function containsAvoided(text: string, voice: VoiceProfileSpec | null | undefined) {
  return !!voice?.avoidWords.some((w) => w.trim() && new RegExp(`\\b${escapeRegExp(w.trim())}`, "i").test(text));
}

export function greeting(tone: Tone, audience: string) {
  const who = audience === "team" ? "team" : audience;
  return { formal: `Dear ${who},`, friendly: `Hi ${who},`, energetic: `Hey ${who}!`, neutral: `Hello ${who},` }[tone];
}

export function signOff(tone: Tone) {
  return { formal: "Kind regards,", friendly: "Cheers,", energetic: "Let's make it happen!", neutral: "Best," }[tone];
}
