// Format-independent decisions shared by the PDF, Word and Markdown renderers, so the three
// never disagree about content: lettering, numbering, the quiz answer key, attributions and
// how wide each table column is.
import type { AssetDocument, Block, Brand } from "../model";

type QuizBlock = Extract<Block, { type: "quiz" }>;
type QuoteBlock = Extract<Block, { type: "quote" }>;

export const choiceLetter = (i: number) => "ABCDEFGH"[i] ?? String(i + 1);

export const checkMark = (checked: boolean) => (checked ? "☑" : "☐");

export const ANSWER_KEY_TITLE = "Answer key";

export interface AnswerKeyEntry {
  number: number;
  letter: string;
  answer: string;
  explanation: string | null;
}

/** Quiz questions are numbered across the whole document, so the key at the end is unambiguous. */
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

export function answerKey(doc: AssetDocument): AnswerKeyEntry[] {
  const out: AnswerKeyEntry[] = [];
  for (const block of doc.blocks) {
    if (block.type !== "quiz") continue;
    for (const q of block.questions) {
      out.push({ number: out.length + 1, letter: choiceLetter(q.answerIndex), answer: q.choices[q.answerIndex] ?? "", explanation: q.explanation?.trim() || null });
    }
  }
  return out;
}

export const answerKeyLine = (k: AnswerKeyEntry) => `${k.number}. ${k.letter}. ${k.answer}`;

/** Every quiz question with its document-wide number and lettered choices. */
export function quizQuestions(block: QuizBlock, first: number) {
  return block.questions.map((q, i) => ({ label: `${first + i}. ${q.question}`, choices: q.choices.map((c, j) => `${choiceLetter(j)}. ${c}`) }));
}

export const formatTime = (sec: number | null | undefined) =>
  sec === null || sec === undefined ? null : `${Math.floor(sec / 60)}:${String(Math.floor(sec % 60)).padStart(2, "0")}`;

/** "Alice, 0:41" — or null when the quote has neither. */
export const quoteAttribution = (b: QuoteBlock) => [b.speaker, formatTime(b.start)].filter(Boolean).join(", ") || null;

export const footerText = (brand: Pick<Brand, "name" | "clientLabel" | "footer">) => [brand.clientLabel, brand.footer ?? brand.name].filter(Boolean).join(" · ");

/** Table rows padded or trimmed to the column count, so a ragged row never shifts cells. */
export const tableCells = (columns: string[], row: string[]) => columns.map((_c, i) => row[i] ?? "");

/**
 * Relative column widths (summing to 1): long-text columns get more room, but every column keeps
 * a floor so short columns such as "Due" stay readable. Square roots damp one giant cell.
 */
export function columnWeights(columns: string[], rows: string[][]): number[] {
  const raw = columns.map((c, i) => {
    const lengths = [c, ...rows.map((r) => r[i] ?? "")].map((s) => s.length);
    const longestWord = Math.max(...[c, ...rows.map((r) => r[i] ?? "")].flatMap((s) => s.split(/\s+/)).map((w) => w.length));
    const mean = lengths.reduce((a, b) => a + b, 0) / lengths.length;
    return Math.max(Math.sqrt(mean + Math.max(...lengths) / 4), Math.sqrt(longestWord) * 1.2, 2);
  });
  const total = raw.reduce((a, b) => a + b, 0);
  const floor = 0.5 / columns.length;
  const scaled = raw.map((w) => Math.max(w / total, floor));
  const sum = scaled.reduce((a, b) => a + b, 0);
  return scaled.map((w) => w / sum);
}

/**
 * Builds a heading tree as headings arrive in reading order: each hangs under the nearest earlier
 * heading of a higher level (an H3 after an H1 with no H2 between still nests under the H1).
 */
export function headingTree<T>(root: T) {
  const stack: { level: number; node: T }[] = [];
  return (level: number, make: (parent: T) => T): T => {
    while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
    const node = make(stack.length ? stack[stack.length - 1].node : root);
    stack.push({ level, node });
    return node;
  };
}

/**
 * Splits `total` across columns: each first gets its minimum (scaled down together when they
 * cannot all fit), the rest is shared by weight.
 */
export function distributeWidths(total: number, weights: number[], minimums: number[]): number[] {
  const minSum = minimums.reduce((a, b) => a + b, 0);
  const mins = minSum > total ? minimums.map((m) => (m * total) / minSum) : minimums;
  const spare = total - Math.min(minSum, total);
  const raw = weights.map((w, i) => Math.max(mins[i], w * total));
  const over = raw.reduce((a, b) => a + b, 0) - total;
  if (over <= 0) return raw.map((w) => w - over / raw.length);
  const flexible = raw.map((w, i) => w - mins[i]);
  const flexSum = flexible.reduce((a, b) => a + b, 0);
  return spare <= 0 || flexSum === 0 ? mins : mins.map((m, i) => m + (flexible[i] / flexSum) * spare);
}
