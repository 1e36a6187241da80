// Per-unit linguistic features, keyphrases (noun phrases scored by frequency, length and
// spread) and TextRank sentence centrality (similarity graph + PageRank).
import { nlp } from "./wink";
import { jaccard } from "./text";
import type { Unit } from "./units";

export interface AnalyzedUnit extends Unit {
  tokens: string[];
  pos: string[];
  content: Set<string>;
  rank: number;
}

export interface Keyphrase {
  phrase: string;
  count: number;
  score: number;
  units: number[];
}

export interface Analysis {
  units: AnalyzedUnit[];
  keyphrases: Keyphrase[];
}

const filler = new Set(["um", "uh", "like", "yeah", "okay", "ok", "kind", "sort", "thing", "things", "stuff", "lot", "way", "bit", "today", "time", "people", "something", "anything", "everything", "everyone", "someone", "guys", "question", "questions", "part"]);

function phrasesOf(tokens: string[], pos: string[], stop: boolean[]): string[] {
  const out: string[] = [];
  let run: number[] = [];
  const flush = () => {
    while (run.length && !["NOUN", "PROPN"].includes(pos[run[run.length - 1]])) run.pop();
    while (run.length && (stop[run[0]] || pos[run[0]] === "ADJ" && run.length === 1)) run.shift();
    if (run.length && run.length <= 4) {
      const phrase = run.map((i) => tokens[i]).join(" ");
      if (!run.every((i) => filler.has(tokens[i])) && phrase.length > 2) out.push(phrase);
    }
    run = [];
  };
  tokens.forEach((_t, i) => {
    if ((pos[i] === "NOUN" || pos[i] === "PROPN" || (pos[i] === "ADJ" && run.length === 0) || (pos[i] === "ADJ" && run.length < 3)) && !stop[i] && /^[a-z][a-z0-9'-]*$/i.test(tokens[i])) run.push(i);
    else flush();
  });
  flush();
  return out;
}

function pagerank(sim: number[][], iterations = 30, d = 0.85): number[] {
  const n = sim.length;
  if (!n) return [];
  const out = sim.map((row) => row.reduce((a, b) => a + b, 0));
  let rank = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < iterations; it++) {
    const next = new Array<number>(n).fill((1 - d) / n);
    for (let i = 0; i < n; i++) {
      if (!out[i]) continue;
      for (let j = 0; j < n; j++) if (sim[i][j]) next[j] += (d * rank[i] * sim[i][j]) / out[i];
    }
    rank = next;
  }
  const max = Math.max(...rank);
  return rank.map((r) => (max ? r / max : 0));
}

export function analyze(units: Unit[]): Analysis {
  const its = nlp().its;
  const phraseUnits = new Map<string, number[]>();
  const analyzed: AnalyzedUnit[] = units.map((u) => {
    const doc = nlp().readDoc(u.text);
    const tokens = doc.tokens().out(its.normal) as string[];
    const pos = doc.tokens().out(its.pos) as string[];
    const stop = doc.tokens().out(its.stopWordFlag as never) as unknown as boolean[];
    const lemmas = doc.tokens().out(its.lemma as never) as unknown as string[];
    const content = new Set(lemmas.filter((l, i) => !stop[i] && /^[a-z][a-z0-9'-]+$/.test(l) && !filler.has(l) && ["NOUN", "PROPN", "VERB", "ADJ", "NUM"].includes(pos[i])));
    for (const p of phrasesOf(tokens, pos, stop)) phraseUnits.set(p, [...(phraseUnits.get(p) ?? []), u.index]);
    return { ...u, tokens, pos, content, rank: 0 };
  });

  // TextRank over units; a window keeps the graph linear in long transcripts.
  const n = analyzed.length;
  const window = 60;
  const sim = analyzed.map((a, i) => analyzed.map((b, j) => (i !== j && Math.abs(i - j) <= window ? jaccard(a.content, b.content) : 0)));
  pagerank(sim).forEach((r, i) => (analyzed[i].rank = r));

  const total = Math.max(1, n);
  const keyphrases = [...phraseUnits.entries()]
    .map(([phrase, list]) => {
      const unique = [...new Set(list)];
      const spread = unique.length / total;
      const len = phrase.split(" ").length;
      return { phrase, count: list.length, units: unique, score: list.length * (1 + 0.6 * (len - 1)) * (1 + spread) };
    })
    .filter((k) => k.count >= 2 || k.phrase.includes(" "))
    .sort((a, b) => b.score - a.score || a.phrase.localeCompare(b.phrase));

  // Drop phrases contained in a better one ("plan" when "success plan" ranks higher).
  const kept: Keyphrase[] = [];
  for (const k of keyphrases) {
    if (kept.some((x) => x.phrase.includes(k.phrase) && x.score >= k.score * 0.8)) continue;
    kept.push(k);
    if (kept.length >= 40) break;
  }
  return { units: analyzed, keyphrases: kept };
}
