// Moments: one per topic section of the transcript, titled by the keyphrase that belongs to
// that section most, summarised by its most central sentences.
import type { Analysis, AnalyzedUnit } from "@/lib/nlp/analyze";
import type { Keyphrase } from "@/lib/nlp/keyphrases";
import { topicSections } from "@/lib/nlp/topic-sections";
import { tidySentence, clipWords } from "@/lib/nlp/tidy-sentence";
import { isQuestion } from "@/lib/nlp/is-question";
import { titleCase } from "@/lib/nlp/title-case";
import { round2 } from "@/lib/nlp/text";
import type { Moment } from "./model";

export function momentCount(analysis: Analysis, max = 15) {
  return Math.max(1, Math.min(max, Math.round(analysis.durationSec / 75), Math.floor(analysis.units.length / 4)));
}

/** Titles per section: the keyphrase most particular to it (TF in the section × inverse section frequency). */
export function sectionTitles(sections: AnalyzedUnit[][], keyphrases: Keyphrase[]): (string | null)[] {
  const sectionOf = new Map<number, number>();
  sections.forEach((section, si) => section.forEach((u) => sectionOf.set(u.index, si)));
  const spread = keyphrases.map((k) => new Set(k.units.map((i) => sectionOf.get(i))).size);
  const used = new Set<string>();
  return sections.map((_section, si) => {
    let best: { phrase: string; score: number } | null = null;
    keyphrases.forEach((k, ki) => {
      if (used.has(k.phrase)) return;
      const local = k.units.filter((i) => sectionOf.get(i) === si).length;
      // A phrase heard in most sections ("customer") names the whole talk, not this part of it.
      if (!local || (sections.length >= 4 && spread[ki] > sections.length * 0.75)) return;
      const score = (local / k.units.length) * Math.log(1 + local) * Math.sqrt(k.score) * (k.words > 1 ? 1.6 : 1);
      if (!best || score > best.score) best = { phrase: k.phrase, score };
    });
    const phrase = (best as { phrase: string } | null)?.phrase ?? null;
    if (phrase) used.add(phrase);
    return phrase;
  });
}

export function centralUnits(section: AnalyzedUnit[], n: number, boost?: string | null) {
  return section
    .filter((u) => u.wordCount >= 6 && !isQuestion(u.text))
    .map((u) => ({ u, score: u.rank + (boost && u.text.toLowerCase().includes(boost) ? 0.3 : 0) }))
    .sort((a, b) => b.score - a.score || a.u.index - b.u.index)
    .slice(0, n)
    .map((x) => x.u)
    .sort((a, b) => a.index - b.index);
}

export function findMoments(analysis: Analysis, max = 15): Moment[] {
  const sections = topicSections(analysis.units, momentCount(analysis, max));
  const titles = sectionTitles(sections, analysis.keyphrases);
  return sections.map((section, si) => {
    const phrase = titles[si];
    const best = centralUnits(section, 2, phrase);
    const sentences = (best.length ? best : section.slice(0, 2)).map((u) => clipWords(tidySentence(u.text), 40)).filter(Boolean);
    const fallbackTitle = sentences[0]?.replace(/[.?!…]$/, "").split(/\s+/).slice(0, 6).join(" ") ?? "Moment";
    const last = section[section.length - 1];
    return {
      title: titleCase(phrase ?? fallbackTitle),
      summary: sentences.join(" ").slice(0, 2000) || tidySentence(section[0].text),
      start: round2(section[0].start),
      end: round2(Math.max(section[0].start + 0.01, last.end)),
      score: round2(section.reduce((s, u) => s + u.rank, 0) / section.length),
    };
  });
}
