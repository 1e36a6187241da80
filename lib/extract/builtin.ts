// The built-in, offline extraction: real extractive NLP over the transcript (no model weights).
import type { TranscriptData } from "@/lib/transcripts/model";
import { toUnits } from "@/lib/nlp/units";
import { analyze, type AnalyzedUnit, type Keyphrase } from "@/lib/nlp/analyze";
import { clip, jaccard, looksLikeQuestion, sentenceCase, stripLeadIn, titleCase, words } from "@/lib/nlp/text";
import type { Extraction } from "./model";

const round = (n: number) => Math.round(n * 100) / 100;

/** Contiguous topic sections: equal shares of the units, each cut moved to the weakest link nearby. */
function sections(units: AnalyzedUnit[], count: number): AnalyzedUnit[][] {
  if (units.length <= count) return units.map((u) => [u]);
  const cuts: number[] = [];
  for (let k = 1; k < count; k++) {
    const ideal = Math.round((units.length * k) / count);
    let best = ideal;
    let bestSim = Infinity;
    for (let i = Math.max(cuts[cuts.length - 1] ?? 0, ideal - 3) + 1; i <= Math.min(units.length - 1, ideal + 3); i++) {
      const sim = jaccard(units[i - 1].content, units[i].content);
      if (sim < bestSim) {
        bestSim = sim;
        best = i;
      }
    }
    cuts.push(best);
  }
  const out: AnalyzedUnit[][] = [];
  let from = 0;
  for (const cut of [...cuts, units.length]) {
    if (cut > from) out.push(units.slice(from, cut));
    from = cut;
  }
  return out;
}

function topPhrase(group: AnalyzedUnit[], keyphrases: Keyphrase[], used: Set<string>) {
  const ids = new Set(group.map((u) => u.index));
  const local = keyphrases
    .map((k) => ({ k, hits: k.units.filter((i) => ids.has(i)).length }))
    .filter((x) => x.hits > 0 && !used.has(x.k.phrase))
    .sort((a, b) => b.hits * b.k.score - a.hits * a.k.score);
  return local[0]?.k.phrase ?? null;
}

const contrast = /\b(but|instead|never|always|only|most|best|worst|mistake|secret|truth|key|important|remember)\b/i;
const weakStart = /^(and|but|so|because|or|it|this|that|these|those|he|she|they|which|um|uh)\b/i;

function quoteScore(u: AnalyzedUnit) {
  const n = words(u.text).length;
  if (n < 8 || n > 40) return 0;
  let s = u.rank;
  if (/\b(you|we|your|our)\b/i.test(u.text)) s += 0.2;
  if (/\d/.test(u.text)) s += 0.15;
  if (contrast.test(u.text)) s += 0.25;
  if (weakStart.test(u.text.trim())) s -= 0.35;
  if (looksLikeQuestion(u.text)) return 0;
  if (n >= 12 && n <= 28) s += 0.15;
  return s;
}

const definitional = /\b(is|are|means|refers to|stands for|is called|we call)\b/i;
const imperative = /^(please\s+)?(make sure|remember|don't forget|always|never|check|open|send|set up|create|add|book|review|read|write|call|update|log|fill|ask|schedule|use|keep|start|finish|complete|submit|share|save|follow|install|sign|join|prepare|confirm|tag|assign|close|move|enable|turn on)\b/i;
const obligation = /\b(you should|you need to|you have to|you must|you'll want to|make sure|be sure to|don't forget to|remember to|it's important to|we need to|let's)\b/i;

function toTask(text: string) {
  let t = stripLeadIn(text.trim());
  t = t.replace(/^(I think|basically|first|second|third|next|then|finally|after that)[,\s]+/i, "");
  t = t.replace(/^(you should|you need to|you have to|you must|you'll want to|be sure to|don't forget to|remember to|it's important to|we need to|let's)\s+/i, "");
  t = t.replace(/^make sure (that )?(you )?/i, "Make sure you ");
  return sentenceCase(t.replace(/[?]$/, "."));
}

export function extractBuiltin(transcript: TranscriptData): Extraction {
  const units = analyze(toUnits(transcript));
  const { keyphrases } = units;
  const all = units.units;
  if (!all.length) return { moments: [], quotes: [], topics: [], glossary: [], actionItems: [], questions: [] };
  const duration = transcript.durationSec || all[all.length - 1].end;

  const sectionCount = Math.max(1, Math.min(15, Math.round(duration / 75), Math.floor(all.length / 3) || 1));
  const used = new Set<string>();
  const moments = sections(all, sectionCount).map((group) => {
    const phrase = topPhrase(group, keyphrases, used);
    if (phrase) used.add(phrase);
    const best = [...group].sort((a, b) => b.rank - a.rank).slice(0, 2).sort((a, b) => a.index - b.index);
    const title = phrase ? titleCase(phrase) : titleCase(clip(stripLeadIn(best[0].text).replace(/[.?!]$/, ""), 6));
    return {
      title: clip(title, 10),
      summary: best.map((u) => sentenceCase(stripLeadIn(u.text))).join(" "),
      start: round(group[0].start),
      end: round(Math.max(group[0].start, group[group.length - 1].end)),
      score: round(group.reduce((s, u) => s + u.rank, 0) / group.length),
    };
  });

  const quotes: Extraction["quotes"] = [];
  for (const u of [...all].sort((a, b) => quoteScore(b) - quoteScore(a) || a.index - b.index)) {
    if (quotes.length >= 12 || quoteScore(u) <= 0) break;
    const text = u.text.trim();
    if (quotes.some((q) => jaccard(new Set(words(q.text.toLowerCase())), new Set(words(text.toLowerCase()))) > 0.5)) continue;
    quotes.push({ text, start: round(u.start), end: round(Math.max(u.end, u.start + 0.01)), speaker: u.speaker, score: round(quoteScore(u)) });
  }
  quotes.sort((a, b) => b.score - a.score || a.start - b.start);

  const topics = keyphrases.slice(0, 12).map((k) => ({ label: k.phrase, weight: round(k.score / keyphrases[0].score) }));

  const glossary: Extraction["glossary"] = [];
  for (const k of keyphrases) {
    if (glossary.length >= 12) break;
    const re = new RegExp(`\\b${k.phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i");
    const statements = all.filter((u) => !looksLikeQuestion(u.text));
    const defining = statements.find((u) => re.test(u.text) && definitional.test(u.text.slice(u.text.toLowerCase().indexOf(k.phrase.toLowerCase()) + k.phrase.length, u.text.toLowerCase().indexOf(k.phrase.toLowerCase()) + k.phrase.length + 20)));
    const context = defining ?? statements.filter((u) => re.test(u.text)).sort((a, b) => b.rank - a.rank)[0];
    if (!context || (!defining && k.count < 2)) continue;
    glossary.push({ term: titleCase(k.phrase), definition: sentenceCase(stripLeadIn(context.text)) });
  }

  const actionItems: string[] = [];
  for (const u of all) {
    const text = stripLeadIn(u.text.trim());
    if (!(imperative.test(text) || obligation.test(u.text)) || looksLikeQuestion(u.text) || words(text).length < 4) continue;
    const task = toTask(u.text);
    if (actionItems.some((a) => jaccard(new Set(words(a.toLowerCase())), new Set(words(task.toLowerCase()))) > 0.6)) continue;
    actionItems.push(clip(task, 30));
    if (actionItems.length >= 15) break;
  }

  const questions: Extraction["questions"] = [];
  all.forEach((u, i) => {
    if (questions.length >= 12 || !/\?\s*$/.test(u.text) && !(!/[.!?]/.test(u.text) && looksLikeQuestion(u.text))) return;
    if (words(u.text).length < 4) return;
    const next = all[i + 1];
    questions.push({ question: sentenceCase(stripLeadIn(u.text)), answer: next && !looksLikeQuestion(next.text) ? sentenceCase(stripLeadIn(next.text)) : null, start: round(u.start) });
  });

  return { moments, quotes, topics, glossary, actionItems, questions };
}
