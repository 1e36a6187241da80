// Glossary: terms the speaker defines ("A success plan is a one-page document …", "Churn means
// …", "An escalation refers to …"), then the strongest remaining keyphrases with the sentence
// that best shows them in use.
import type { Analysis, AnalyzedUnit } from "@/lib/nlp/analyze";
import { GENERIC_NOUNS, NUMBER_WORDS, PRONOUNS } from "@/lib/nlp/lexicon";
import { nlp } from "@/lib/nlp/wink";
import { isQuestion } from "@/lib/nlp/is-question";
import { capitalize, cleanSpeech, clipWords, tidySentence } from "@/lib/nlp/tidy-sentence";
import { containsPhrase } from "@/lib/nlp/text";
import type { Extraction } from "./model";

type Entry = Extraction["glossary"][number];

const DEFINING = [
  // "<term> is/are a|an|the|our … <definition>"
  /(?:^|[,;:]\s+|\b(?:so|now|and)\s+)((?:(?:a|an|the|our|your)\s+)?[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+(?:is|are)\s+((?:a|an|the|our|your|where|when|basically|simply|just|any|every)\b.+)$/i,
  // "<term> means / refers to / stands for <definition>"
  /(?:^|[,;:]\s+|\b(?:so|now|and)\s+)((?:(?:a|an|the|our|your)\s+)?[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+(?:means|refers to|stands for|describes)\s+(.+)$/i,
];
const CALLED = /\bwe call (?:it|this|that|them) (?:the |a |an )?([\w'-]+(?:\s+[\w'-]+){0,3}?)[.!]?$/i;
const STRIP_DET = /^(a|an|the|our|your|my|their)\s+/i;

/** ASR spells acronyms as lowercase letters ("qbr"): a vowel-less short word is one. */
const displayTerm = (term: string) => (/^[bcdfghjklmnpqrstvwxz]{2,5}$/i.test(term) ? term.toUpperCase() : capitalize(term));

function termFrom(raw: string, strict = true): string | null {
  const term = raw.trim().replace(STRIP_DET, "");
  const parts = term.split(/\s+/);
  if (!parts.length || parts.length > 4) return null;
  const lower = parts.map((p) => p.toLowerCase());
  if (lower.some((w) => PRONOUNS.has(w) || NUMBER_WORDS.test(w))) return null;
  if (GENERIC_NOUNS.has(lower[lower.length - 1])) return null;
  const its = nlp().its;
  const doc = nlp().readDoc(term);
  const pos = doc.tokens().out(its.pos);
  const stop = doc.tokens().out(its.stopWordFlag) as unknown as boolean[];
  // A term is a noun phrase: no function words inside ("solving the real problem" is not one).
  if (stop.some(Boolean)) return null;
  if (strict && !["NOUN", "PROPN"].includes(pos[pos.length - 1] ?? "") && !/^[A-Z]/.test(term)) return null;
  // "means"/"refers to" are unambiguous, so a gerund or a verb-tagged noun ("churn") may be the term.
  if (strict && pos.some((p) => p === "VERB" || p === "ADV" || p === "AUX")) return null;
  return term;
}

function definitionOf(u: AnalyzedUnit): Entry | null {
  const text = cleanSpeech(u.text).replace(/[.!]+$/, "");
  for (const [k, re] of DEFINING.entries()) {
    const m = re.exec(text);
    if (!m) continue;
    const term = termFrom(m[1], k === 0);
    if (!term) continue;
    const predicate = m[2].trim();
    if (/^(not|to|that|also|still|going|about)\b/i.test(predicate)) continue;
    const definition = predicate.split(/\s+/).length >= 4 ? clipWords(tidySentence(predicate, { keepLeadIn: true }), 35) : tidySentence(text);
    return { term: displayTerm(term), definition };
  }
  return null;
}

function calledIn(units: AnalyzedUnit[], i: number): Entry | null {
  const m = CALLED.exec(cleanSpeech(units[i].text));
  const term = m && termFrom(m[1]);
  if (!term || i === 0) return null;
  return { term: displayTerm(term), definition: clipWords(tidySentence(units[i - 1].text), 35) };
}

export function findGlossary(analysis: Analysis, max = 15): Extraction["glossary"] {
  const entries: Entry[] = [];
  const seen = (term: string) => entries.some((e) => e.term.toLowerCase() === term.toLowerCase());
  analysis.units.forEach((u, i) => {
    if (isQuestion(u.text)) return;
    const entry = definitionOf(u) ?? calledIn(analysis.units, i);
    if (entry && !seen(entry.term) && entries.length < max) entries.push(entry);
  });
  const statements = analysis.units.filter((u) => !isQuestion(u.text) && u.wordCount >= 6);
  const defined = entries.length;
  for (const k of analysis.keyphrases) {
    if (entries.length >= max || entries.length - defined >= 5) break;
    // Undefined single common nouns ("manager", "team") are vocabulary, not glossary terms.
    if ((k.words < 2 && k.kind !== "PROPN") || k.units.length < 3 || seen(k.phrase) || entries.some((e) => containsPhrase(e.term, k.phrase) || containsPhrase(k.phrase, e.term))) continue;
    // The best context: a central sentence that mentions the phrase early.
    const context = statements
      .filter((u) => containsPhrase(u.text, k.phrase))
      .map((u) => ({ u, s: u.rank - u.text.toLowerCase().indexOf(k.phrase) / Math.max(1, u.text.length) }))
      .sort((a, b) => b.s - a.s || a.u.index - b.u.index)[0]?.u;
    if (context) entries.push({ term: displayTerm(k.phrase), definition: clipWords(tidySentence(context.text), 35) });
  }
  return entries;
}
