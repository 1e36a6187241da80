// Quotable lines: verbatim spans of one segment, 8–40 words, scored for standing on their own
// (no back-references, a complete clause) and for punch (strong verbs, "you"/"we", numbers,
// contrast), with TextRank centrality as a tie-breaker. Near-duplicates are dropped.
import type { Analysis, AnalyzedUnit } from "@/lib/nlp/analyze";
import { BACK_REFERENCE, CONTRAST, FILLERS, NUMBER_WORDS, STRONG_VERBS } from "@/lib/nlp/lexicon";
import { isQuestion } from "@/lib/nlp/is-question";
import { isImperative } from "@/lib/nlp/is-instruction";
import { jaccard, round2 } from "@/lib/nlp/text";
import type { Quote } from "./model";

const DANGLING_END = /\b(and|or|but|so|because|the|a|an|to|of|in|with|for|that|which|your|our|if|when)[,]?$/i;

const LEAD = /^(so|and|okay|ok|well|now|remember|first|second|third|fourth|fifth|sixth|finally|also|then|um|uh|yes|right)[,.]?$/i;
const DEFINITION = /^(?:(?:a|an|the)\s+)?[\w'-]+(?:\s+[\w'-]+){0,3}\s+(?:is|are)\s+(?:a|an|the|our)\s|\b(means|refers to|stands for)\b/i;

interface Span {
  text: string;
  start: number;
  end: number;
  words: number;
}

/** The unit's verbatim text without spoken lead-ins ("so", "remember", "sixth"): still a substring. */
export function quoteSpan(u: AnalyzedUnit): Span | null {
  if (u.verbatim === null) return null;
  let k = 0;
  while (k < u.timed.length - 1 && LEAD.test(u.timed[k].text)) k++;
  const first = u.timed[k];
  const last = u.timed[u.timed.length - 1];
  const text = u.verbatim.slice(first.charStart - u.timed[0].charStart).trim();
  return { text, start: first.start, end: Math.max(last.end, first.start + 0.01), words: u.timed.length - k };
}

/** Higher is more quotable; -Infinity when the line cannot be a quote at all. */
export function quoteScore(u: AnalyzedUnit, span: Span | null = quoteSpan(u)): number {
  if (!span || isQuestion(u.text)) return -Infinity;
  const n = span.words;
  if (n < 8 || n > 40) return -Infinity;
  const text = span.text.toLowerCase();
  let s = 0.4 * u.rank;
  if (n >= 10 && n <= 25) s += 0.3;
  if (/\b(you|your|we|our)\b/.test(text)) s += 0.2;
  if (NUMBER_WORDS.test(text) || u.entities.some((e) => /CARDINAL|PERCENT|DURATION|MONEY/.test(e.type))) s += 0.15;
  if (CONTRAST.test(text)) s += 0.25;
  if (u.lemmas.some((l, i) => u.pos[i] === "VERB" && STRONG_VERBS.has(l))) s += 0.25;
  // Present-tense general statements ("X is Y", "customers stay") read like maxims.
  if (u.pos.some((p, i) => p === "AUX" && /^(is|are)$/.test(u.tokens[i]))) s += 0.1;
  if (BACK_REFERENCE.test(span.text)) s -= 0.5;
  if (DANGLING_END.test(span.text)) s -= 0.6;
  // Definitions belong in the glossary; a quote card wants an opinion or a rule.
  if (DEFINITION.test(span.text)) s -= 0.35;
  if (u.tokens.some((t) => FILLERS.has(t))) s -= 0.3;
  // A procedure step ("Open the checklist …") is an instruction, not a line people repeat.
  if (isImperative(span.text) && !/^(never|always|don't)\b/i.test(span.text)) s -= 0.3;
  if (/^(let me|let's|here is|here's|now the|welcome)\b/i.test(span.text)) s -= 0.4;
  return s;
}

export function findQuotes(analysis: Analysis, max = 15): Quote[] {
  const picked: { u: AnalyzedUnit; span: Span; score: number }[] = [];
  const candidates = analysis.units
    .map((u) => ({ u, span: quoteSpan(u) }))
    .filter((c): c is { u: AnalyzedUnit; span: Span } => c.span !== null)
    .map((c) => ({ ...c, score: quoteScore(c.u, c.span) }))
    .filter((c) => c.score > -Infinity)
    .sort((a, b) => b.score - a.score || a.u.index - b.u.index);
  const take = (minScore: number, limit: number) => {
    for (const c of candidates) {
      if (picked.length >= limit) break;
      if (c.score <= minScore || picked.includes(c) || picked.some((p) => jaccard(p.u.content, c.u.content) > 0.45)) continue;
      picked.push(c);
    }
  };
  take(0.35, max);
  // A short recording still deserves a few cards: the best eligible lines, even if plain.
  take(-Infinity, Math.min(max, 3));
  return picked.map(({ u, span, score }) => ({ text: span.text, start: round2(span.start), end: round2(span.end), speaker: u.speaker, score: round2(Math.max(0, score)) }));
}
