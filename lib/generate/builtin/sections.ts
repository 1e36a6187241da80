// Outline sections: the transcript's topic segments at lesson size (a few minutes each), each
// with a title, its most central points and the quotes spoken inside it.
import type { Analysis, AnalyzedUnit } from "@/lib/nlp/analyze";
import { topicSections } from "@/lib/nlp/topic-sections";
import { sectionTitles, centralUnits } from "@/lib/extract/find-moments";
import { titleCase } from "@/lib/nlp/title-case";
import { tidySentence } from "@/lib/nlp/tidy-sentence";
import type { Extraction, Quote } from "@/lib/extract/model";
import { shorten } from "./shorten";

export interface Section {
  title: string;
  start: number;
  end: number;
  units: AnalyzedUnit[];
  /** Clean sentences, most central first trimmed to five, in spoken order. */
  points: string[];
  quotes: Quote[];
}

export function outlineSections(analysis: Analysis, extraction: Extraction): Section[] {
  const count = Math.max(2, Math.min(8, Math.round(analysis.durationSec / 150)));
  const groups = topicSections(analysis.units, count, 4);
  const titles = sectionTitles(groups, analysis.keyphrases);
  return groups.map((units, i) => {
    const start = units[0].start;
    const end = units[units.length - 1].end;
    const points = [...new Set(centralUnits(units, 5, titles[i]).map((u) => tidySentence(u.text)))].filter((p) => p.split(/\s+/).length >= 4);
    return {
      title: titleCase(titles[i] ?? shorten(points[0] ?? tidySentence(units[0].text), 6).replace(/[.!?]$/, "")),
      start,
      end,
      units,
      points,
      quotes: extraction.quotes.filter((q) => q.start >= start - 0.01 && q.end <= end + 0.01),
    };
  });
}
