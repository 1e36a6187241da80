// Multiple-choice quiz: a key sentence with one keyphrase blanked out (cloze); the distractors
// are other keyphrases of the same kind and length, absent from that sentence. Choice order
// comes from a generator seeded by the sentence, so the quiz is the same on every run.
import type { AssetDocument } from "@/lib/documents/model";
import type { Keyphrase } from "@/lib/nlp/keyphrases";
import { isQuestion } from "@/lib/nlp/is-question";
import { capitalize, tidySentence } from "@/lib/nlp/tidy-sentence";
import { containsPhrase, escapeRegExp, hashString, seeded } from "@/lib/nlp/text";
import type { GenContext } from "./context";
import { clock, paragraph } from "./blocks";

type Question = { question: string; choices: string[]; answerIndex: number; explanation: string };

function distractorsFor(answer: Keyphrase, sentence: string, pool: Keyphrase[], rand: () => number) {
  const fits = (k: Keyphrase) => k.phrase !== answer.phrase && !containsPhrase(sentence, k.phrase) && !containsPhrase(k.phrase, answer.phrase) && !containsPhrase(answer.phrase, k.phrase);
  const sameKind = pool.filter((k) => fits(k) && k.kind === answer.kind);
  const ranked = [...sameKind.filter((k) => k.words === answer.words), ...sameKind.filter((k) => Math.abs(k.words - answer.words) === 1), ...sameKind, ...pool.filter(fits)];
  const unique = [...new Map(ranked.map((k) => [k.phrase, k])).values()].slice(0, 8);
  // Shuffle the nearest candidates, so the three picked are plausible but not always the same ones.
  return unique.map((k) => ({ k, r: rand() })).sort((a, b) => a.r - b.r).slice(0, 3).map((x) => x.k.phrase);
}

export function buildQuiz(ctx: GenContext, max = 8): Question[] {
  const pool = ctx.analysis.keyphrases;
  const used = new Set<string>();
  const questions: Question[] = [];
  const candidates = ctx.analysis.units
    .filter((u) => u.wordCount >= 8 && u.wordCount <= 40 && !isQuestion(u.text))
    .sort((a, b) => b.rank - a.rank || a.index - b.index)
    .slice(0, 40);
  for (const unit of candidates) {
    if (questions.length >= max) break;
    const sentence = tidySentence(unit.text);
    const answer = pool.filter((k) => !used.has(k.phrase) && containsPhrase(sentence, k.phrase)).sort((a, b) => b.words - a.words || b.score - a.score)[0];
    if (!answer) continue;
    const rand = seeded(hashString(sentence));
    const distractors = distractorsFor(answer, sentence, pool, rand);
    if (distractors.length < 3) continue;
    const choices = [answer.phrase, ...distractors].map((c) => ({ c, r: rand() })).sort((a, b) => a.r - b.r).map((x) => x.c);
    used.add(answer.phrase);
    const blanked = sentence.replace(new RegExp(`(^|[^\\w'])${escapeRegExp(answer.phrase)}(?=$|[^\\w'])`, "i"), "$1_____");
    questions.push({
      question: `Complete the sentence: ${blanked}`,
      choices: choices.map(capitalize),
      answerIndex: choices.indexOf(answer.phrase),
      explanation: `At ${clock(unit.start)} the session says: “${sentence}”`,
    });
  }
  return questions.sort((a, b) => a.explanation.localeCompare(b.explanation, "en", { numeric: true }));
}

export function quiz(ctx: GenContext): AssetDocument {
  const questions = buildQuiz(ctx);
  return {
    title: ctx.spec.title,
    subtitle: ctx.subtitle,
    blocks: [
      paragraph(questions.length ? `${questions.length} questions to check what stuck from “${ctx.input.job.title}”. Each has one correct answer, and the explanation points to the moment in the recording.` : "The recording is too short to build a quiz from."),
      { type: "quiz", questions },
    ],
  };
}
