// Multiple-choice questions: a key sentence with one keyphrase blanked out; the distractors are
// other keyphrases of the session, so every choice is plausible. Order is seeded, not random.
import type { AssetDocument } from "@/lib/documents/model";
import { seeded, words } from "@/lib/nlp/text";
import type { GenContext } from "./context";
import { keySentences, paragraph } from "./helpers";

export function quiz(ctx: GenContext): AssetDocument {
  const phrases = ctx.keyphrases.map((k) => k.phrase);
  const questions = [];
  const usedAnswers = new Set<string>();
  for (const unit of keySentences(ctx, 30)) {
    if (questions.length >= 8) break;
    const sentence = ctx.sentence(unit.text);
    const answer = phrases.find((p) => !usedAnswers.has(p) && new RegExp(`\\b${p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i").test(sentence));
    if (!answer || words(sentence).length < 7) continue;
    const distractors = phrases.filter((p) => p !== answer && !p.includes(answer) && !answer.includes(p) && !new RegExp(`\\b${p}\\b`, "i").test(sentence)).slice(0, 12);
    if (distractors.length < 3) continue;
    const rand = seeded(unit.index + 7);
    const picked = [...distractors].sort(() => rand() - 0.5).slice(0, 3);
    const choices = [answer, ...picked].sort(() => rand() - 0.5);
    usedAnswers.add(answer);
    questions.push({
      question: `Fill in the blank: ${sentence.replace(new RegExp(`\\b${answer.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i"), "_____")}`,
      choices,
      answerIndex: choices.indexOf(answer),
      explanation: `From the session: “${sentence}”`,
    });
  }
  // Too few keyphrases to blank out (short or noisy transcripts): ask which moment came first,
  // a question every recording with two or more moments can answer.
  const moments = ctx.input.extraction.moments;
  if (questions.length < 3 && moments.length >= 2) {
    for (let i = 0; i + 1 < moments.length && questions.length < 5; i++) {
      const rand = seeded(i + 31);
      const pool = moments.filter((_m, j) => j !== i).map((m) => m.title);
      const choices = [moments[i].title, ...pool.slice(0, 3)].sort(() => rand() - 0.5);
      questions.push({ question: `Which topic did the session cover ${i === 0 ? "first" : `right after “${moments[i - 1].title}”`}?`, choices, answerIndex: choices.indexOf(moments[i].title), explanation: `“${moments[i].title}” starts at ${Math.floor(moments[i].start / 60)}:${String(Math.floor(moments[i].start % 60)).padStart(2, "0")}.` });
    }
  }
  return {
    title: ctx.spec.title,
    subtitle: ctx.subtitle,
    blocks: [paragraph(`${questions.length} question${questions.length === 1 ? "" : "s"} to check understanding. The answer key is at the end of the PDF and Word versions.`), { type: "quiz", questions }],
  };
}
