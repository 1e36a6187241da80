// Format-independent decisions shared by the PDF, Word and Markdown renderers, so the three
// never disagree about content: lettering, numbering and the quiz answer key.
import type { AssetDocument, Block } from "../model";

export const choiceLetter = (i: number) => "ABCDEFGH"[i] ?? String(i + 1);

export interface AnswerKeyEntry {
  number: number;
  letter: string;
  answer: string;
}

/** Quiz questions are numbered across the whole document; the key lists every answer at the end. */
export function answerKey(doc: AssetDocument): AnswerKeyEntry[] {
  const out: AnswerKeyEntry[] = [];
  for (const block of doc.blocks) {
    if (block.type !== "quiz") continue;
    for (const q of block.questions) out.push({ number: out.length + 1, letter: choiceLetter(q.answerIndex), answer: q.choices[q.answerIndex] ?? "" });
  }
  return out;
}

/** The first question number of each quiz block. */
export function quizNumbering(doc: AssetDocument): Map<Block, number> {
  const map = new Map<Block, number>();
  let n = 1;
  for (const block of doc.blocks) {
    if (block.type !== "quiz") continue;
    map.set(block, n);
    n += block.questions.length;
  }
  return map;
}

export const formatTime = (sec: number | null | undefined) => (sec === null || sec === undefined ? null : `${Math.floor(sec / 60)}:${String(Math.floor(sec % 60)).padStart(2, "0")}`);

export const footerText = (brand: { name: string; clientLabel?: string | null; footer?: string | null }) => [brand.clientLabel, brand.footer ?? brand.name].filter(Boolean).join(" · ");
