import type { Analysis } from "@/lib/nlp/analyze";
import { round2 } from "@/lib/nlp/text";

/** The transcript's keyphrases, weighted relative to the strongest. */
export function findTopics(analysis: Analysis, max = 12) {
  const top = analysis.keyphrases.slice(0, max);
  return top.map((k) => ({ label: k.phrase, weight: round2(k.score / top[0].score) }));
}
