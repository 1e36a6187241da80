// Keyphrases: noun-phrase chunks (adjectives and nouns ending in a noun), grouped by lemma,
// scored by term frequency, length and how early they first appear.
import { FILLERS, GENERIC_NOUNS, PRONOUNS } from "./lexicon";
import type { AnalyzedUnit } from "./analyze";

export interface Keyphrase {
  /** The most frequent spoken form, lowercase. */
  phrase: string;
  count: number;
  score: number;
  /** Unit indexes the phrase occurs in, ascending. */
  units: number[];
  words: number;
  /** "PROPN" when a name (capitalised in punctuated text), "NOUN" otherwise: quiz distractors share it. */
  kind: "NOUN" | "PROPN";
}

const WORD = /^[a-z][a-z0-9'-]*$/;

function chunks(u: AnalyzedUnit): { surface: string; key: string; proper: boolean }[] {
  const out: { surface: string; key: string; proper: boolean }[] = [];
  let run: number[] = [];
  const flush = () => {
    while (run.length && !["NOUN", "PROPN"].includes(u.pos[run[run.length - 1]])) run.pop();
    while (run.length && (u.stop[run[0]] || u.pos[run[0]] === "VERB")) run.shift();
    if (run.length && run.length <= 4) {
      const toks = run.map((i) => u.tokens[i]);
      const head = u.lemmas[run[run.length - 1]];
      if (!GENERIC_NOUNS.has(head) && !PRONOUNS.has(head) && toks.join(" ").length > 2 && !(run.length === 1 && GENERIC_NOUNS.has(toks[0]))) {
        const proper = run.some((i) => u.pos[i] === "PROPN");
        out.push({ surface: toks.join(" "), key: run.map((i) => u.lemmas[i]).join(" "), proper });
      }
    }
    run = [];
  };
  u.tokens.forEach((token, i) => {
    const p = u.pos[i];
    const fits = WORD.test(token) && !u.stop[i] && !FILLERS.has(token) && (p === "NOUN" || p === "PROPN" || p === "ADJ" || (p === "VERB" && token.endsWith("ing") && ["NOUN", "PROPN"].includes(u.pos[i + 1] ?? "")));
    if (fits) run.push(i);
    else flush();
  });
  flush();
  return out;
}

export function keyphrasesOf(units: AnalyzedUnit[], limit = 40): Keyphrase[] {
  interface Group {
    forms: Map<string, number>;
    units: number[];
    count: number;
    first: number;
    proper: boolean;
  }
  const groups = new Map<string, Group>();
  const total = Math.max(1, units.length);
  for (const u of units) {
    for (const c of chunks(u)) {
      const g: Group = groups.get(c.key) ?? { forms: new Map(), units: [], count: 0, first: u.index, proper: false };
      g.forms.set(c.surface, (g.forms.get(c.surface) ?? 0) + 1);
      if (g.units[g.units.length - 1] !== u.index) g.units.push(u.index);
      g.count++;
      g.proper ||= c.proper;
      groups.set(c.key, g);
    }
  }
  const scored: Keyphrase[] = [...groups.values()]
    .map((g) => {
      const phrase = [...g.forms.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
      const wordCount = phrase.split(" ").length;
      const position = 1 + 0.5 * (1 - g.first / total);
      return { phrase, count: g.count, units: g.units, words: wordCount, kind: g.proper ? ("PROPN" as const) : ("NOUN" as const), score: g.count * (1 + 0.7 * (wordCount - 1)) * position };
    })
    .filter((k) => k.count >= 2 || k.words > 1)
    .sort((a, b) => b.score - a.score || a.phrase.localeCompare(b.phrase));

  // A phrase inside a better one ("plan" under "success plan") adds nothing.
  const kept: Keyphrase[] = [];
  for (const k of scored) {
    if (kept.some((x) => new RegExp(`\\b${k.phrase}\\b`).test(x.phrase) && x.score >= k.score * 0.6)) continue;
    kept.push(k);
    if (kept.length >= limit) break;
  }
  return kept;
}
