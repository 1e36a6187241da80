// Word paragraphs and tables for each block type. Lists are real Word lists (numbering
// definitions), not typed characters, so Word renumbers and restyles them.
import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type IParagraphOptions } from "docx";
import type { Block } from "../model";
import { checkMark, columnWeights, quizQuestions, quoteAttribution, tableCells } from "./layout";

export const BULLETS = "talksmith-bullets";
export const STEPS = "talksmith-steps";
/** Text width of an A4 page with one-inch margins, in twentieths of a point. */
export const TEXT_WIDTH_TWIPS = 11906 - 2 * 1440;

const p = (text: string, options: Omit<IParagraphOptions, "children" | "text"> = {}) => new Paragraph({ ...options, children: [new TextRun(text)] });

function table(columns: string[], rows: string[][]): Table {
  const widths = columnWeights(columns, rows).map((w) => Math.round(w * TEXT_WIDTH_TWIPS));
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i], type: WidthType.DXA },
      shading: header ? { type: ShadingType.CLEAR, fill: "F1F5F9", color: "auto" } : undefined,
      margins: { top: 60, bottom: 60, left: 80, right: 80 },
      children: [new Paragraph({ children: [new TextRun({ text, bold: header, size: columns.length > 6 ? 16 : 20 })] })],
    });
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c, i) => cell(c, i, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: false, children: tableCells(columns, r).map((c, i) => cell(c, i, false)) })),
    ],
  });
}

export interface DocxBlockContext {
  accent: string;
  quizStart: number;
  /** Each steps block restarts at 1, so each gets its own numbering instance. */
  nextStepsInstance(): number;
}

export function docxBlock(b: Block, ctx: DocxBlockContext): (Paragraph | Table)[] {
  switch (b.type) {
    case "heading":
      throw new Error("headings are emitted by renderDocx with their Word style");
    case "paragraph":
      return b.text.split("\n").map((line) => p(line));
    case "bullets":
      return b.items.map((item) => p(item, { numbering: { reference: BULLETS, level: 0 } }));
    case "steps": {
      const instance = ctx.nextStepsInstance();
      return b.items.map((item) => p(item, { numbering: { reference: STEPS, level: 0, instance } }));
    }
    case "checklist":
      return b.items.map((item) => new Paragraph({ indent: { left: 360, hanging: 360 }, children: [new TextRun(`${checkMark(item.checked)}\t`), new TextRun(item.text)], tabStops: [{ type: "left", position: 360 }] }));
    case "quiz":
      return quizQuestions(b, ctx.quizStart).flatMap((q) => [
        new Paragraph({ keepNext: true, spacing: { before: 160 }, children: [new TextRun({ text: q.label, bold: true })] }),
        ...q.choices.map((c, j) => p(c, { indent: { left: 360 }, keepNext: j < q.choices.length - 1 })),
      ]);
    case "glossary":
      return b.terms.map((t) => new Paragraph({ spacing: { after: 80 }, children: [new TextRun({ text: `${t.term}: `, bold: true }), new TextRun(t.definition)] }));
    case "faq":
      return b.items.flatMap((f) => [new Paragraph({ keepNext: true, spacing: { before: 160 }, children: [new TextRun({ text: f.question, bold: true })] }), p(f.answer)]);
    case "table":
      return [table(b.columns, b.rows), p("")];
    case "quote": {
      const by = quoteAttribution(b);
      const bar = { left: { style: BorderStyle.SINGLE, size: 18, color: ctx.accent, space: 8 } };
      return [
        new Paragraph({ style: "Quote", keepNext: !!by, border: bar, indent: { left: 240 }, children: [new TextRun({ text: `“${b.text}”`, italics: true })] }),
        ...(by ? [p(`— ${by}`, { border: bar, indent: { left: 240 } })] : []),
      ];
    }
    case "callout":
      return [new Paragraph({ shading: { type: ShadingType.CLEAR, fill: "FEF3C7", color: "auto" }, children: [new TextRun({ text: "Note: ", bold: true }), new TextRun(b.text)] })];
  }
}
