// Speech-recogniser output has no capitals or punctuation, and speech has fillers and false
// starts; every sentence a reader sees goes through here.
import { FILLERS, IMPERATIVE_VERBS } from "./lexicon";
import { isQuestion } from "./is-question";

const PROPER = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)\b/g;
const LEAD_IN = /^(?:(?:so|and|but|then|now|okay|ok|well|right|alright|also|like|plus|anyway)\b[,]?\s+)+/i;
const DANGLING = /\s+(and|or|but|so|because|the|a|an|of|with|that|which|your|our|my|their|is|are|was|if|when|from)$/i;
const fillerRe = new RegExp(`(^|\\s)(${[...FILLERS].join("|")})[,.]?(?=\\s|$)`, "gi");

// Spoken list markers ("third, book a call") add nothing once the text is a bullet or a step.
const ORDINAL_LEAD = /^(?:first|firstly|second|secondly|third|thirdly|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|finally|lastly|after that)\b,?\s+(?=(?:\w+)\b)/i;

export function stripLeadIn(s: string) {
  let t = s.replace(LEAD_IN, "");
  const after = t.replace(ORDINAL_LEAD, "");
  const nextWord = after.split(/\s+/)[0]?.toLowerCase().replace(/[^a-z']/g, "") ?? "";
  if (after !== t && (IMPERATIVE_VERBS.has(nextWord) || /^(at|after|on|in|if|when|we|you|i|let's|once|before|during|within|the|a|an|never|always|don't)$/.test(nextWord))) t = after;
  return t.replace(LEAD_IN, "");
}

/** Fillers out, stutters collapsed, "i" capitalised: the words of the sentence, cleaned. */
export function cleanSpeech(s: string) {
  let t = s.replace(/\s+/g, " ").replace(fillerRe, "$1").trim();
  t = t.replace(/\b(\w+)(\s+\1\b)+/gi, "$1");
  t = t.replace(/\bi\b/g, "I").replace(/\bi'(m|ve|ll|d)\b/g, "I'$1");
  t = t.replace(PROPER, (m) => m[0].toUpperCase() + m.slice(1));
  return t.replace(/\s+([,.!?;:])/g, "$1").replace(/\s{2,}/g, " ").trim();
}

export function capitalize(s: string) {
  const i = s.search(/[a-z]/i);
  return i < 0 ? s : s.slice(0, i) + s[i].toUpperCase() + s.slice(i + 1);
}

/** A clean, capitalised, punctuated sentence; lead-ins ("so", "and") dropped unless keepLeadIn. */
export function tidySentence(raw: string, { keepLeadIn = false } = {}) {
  let t = cleanSpeech(raw);
  if (!keepLeadIn) t = stripLeadIn(t);
  t = t.replace(/[,;:\-–—\s]+$/, "");
  const terminal = /[.!?…]["')\]]?$/.test(t);
  if (!terminal) for (let i = 0; i < 3 && DANGLING.test(t); i++) t = t.replace(DANGLING, "");
  if (!t) return "";
  t = capitalize(t);
  if (!/[.!?…]["')\]]?$/.test(t)) t += isQuestion(t) ? "?" : ".";
  return t;
}

/** Shortens to at most n words, preferring a clause boundary; marks a hard cut with an ellipsis. */
export function clipWords(s: string, n: number) {
  const w = s.trim().split(/\s+/);
  if (w.length <= n) return s.trim();
  const head = w.slice(0, n).join(" ");
  const clause = head.search(/[,;:—–](?=[^,;:—–]*$)/);
  if (clause > head.length * 0.5) return `${head.slice(0, clause)}.`;
  return `${head.replace(DANGLING, "").replace(/[,;:.]$/, "")}…`;
}
