// Questions asked, each with the next sentence as its answer when that sentence answers it
// (not another question, and from someone else when speakers are known).
import type { Analysis } from "@/lib/nlp/analyze";
import { isQuestion } from "@/lib/nlp/is-question";
import { tidySentence } from "@/lib/nlp/tidy-sentence";
import { round2 } from "@/lib/nlp/text";
import type { Extraction } from "./model";

export function findQuestions(analysis: Analysis, max = 20): Extraction["questions"] {
  const units = analysis.units;
  const out: Extraction["questions"] = [];
  units.forEach((u, i) => {
    if (out.length >= max || !isQuestion(u.text) || u.wordCount < 4) return;
    const answer: string[] = [];
    for (let j = i + 1; j < units.length && j <= i + 3; j++) {
      const next = units[j];
      if (isQuestion(next.text) || (u.speaker && next.speaker === u.speaker) || next.start - units[j - 1].end > 8) break;
      answer.push(tidySentence(next.text, { keepLeadIn: /^(yes|no)\b/i.test(next.text) }));
      if (answer.join(" ").split(/\s+/).length >= 12) break;
    }
    out.push({ question: tidySentence(u.text), answer: answer.length ? answer.join(" ") : null, start: round2(u.start) });
  });
  return out;
}
