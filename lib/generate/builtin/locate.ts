// Where in the transcript a line of the extraction (an action item, a question) was said:
// the unit sharing the most words with it. Lets generators order and group LLM-made or
// edited extractions too.
import type { AnalyzedUnit } from "@/lib/nlp/analyze";
import { jaccard, wordSet } from "@/lib/nlp/text";

export function locate(units: AnalyzedUnit[], text: string): AnalyzedUnit | null {
  const target = wordSet(text);
  let best: { u: AnalyzedUnit; s: number } | null = null;
  for (const u of units) {
    const s = jaccard(target, wordSet(u.text));
    if (s > (best?.s ?? 0.2)) best = { u, s };
  }
  return best?.u ?? null;
}

/** Items in the order they were spoken (unlocated ones keep their place at the end). */
export function inSpokenOrder(units: AnalyzedUnit[], items: string[]) {
  return items
    .map((text, i) => ({ text, at: locate(units, text)?.index ?? units.length + i }))
    .sort((a, b) => a.at - b.at)
    .map((x) => ({ text: x.text, unit: units[x.at] ?? null }));
}
