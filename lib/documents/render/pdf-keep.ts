// How much of what follows a heading must fit on the same page, so no heading is left alone
// at the foot of a page: the heading itself plus the first readable piece of the next block
// (and, for a run of headings, of the block after them).
import type { Block } from "../model";
import { tableCells } from "./layout";
import { columnWidths, tableFontSize } from "./pdf-table";
import { HEADING_SIZES } from "./pdf-blocks";
import type { PdfFlow } from "./pdf-flow";

export const headingSpaceBefore = (level: 1 | 2 | 3) => (level === 1 ? 14 : level === 2 ? 10 : 7);

export function headingHeight(flow: PdfFlow, level: 1 | 2 | 3, text: string) {
  return headingSpaceBefore(level) + flow.measure(text, { bold: true, size: HEADING_SIZES[level] }, flow.width) + 6;
}

function firstPiece(flow: PdfFlow, block: Block): number {
  const two = flow.lineHeight() * 2;
  const w = flow.width - 16;
  switch (block.type) {
    case "heading":
      return 0;
    case "paragraph":
      return Math.min(flow.measure(block.text, {}, flow.width), two);
    case "bullets":
    case "steps":
      return block.items[0] ? Math.min(flow.measure(block.items[0], {}, w), two) : 0;
    case "checklist":
      return block.items[0] ? Math.min(flow.measure(block.items[0].text, {}, w), two) : 0;
    case "quiz":
      return block.questions[0] ? flow.measure(block.questions[0].question, { bold: true }, flow.width) + flow.lineHeight() * Math.min(block.questions[0].choices.length, 2) : 0;
    case "glossary":
      return block.terms[0] ? flow.lineHeight({ bold: true }) + Math.min(flow.measure(block.terms[0].definition, {}, flow.width - 12), two) : 0;
    case "faq":
      return block.items[0] ? flow.measure(block.items[0].question, { bold: true }, flow.width) + Math.min(flow.measure(block.items[0].answer, {}, flow.width), two) : 0;
    case "table": {
      const size = tableFontSize(block.columns.length);
      const widths = columnWidths(flow, block.columns, block.rows, size).map((w) => w - 8);
      const row = (cells: string[], bold: boolean) => Math.max(...cells.map((c, i) => flow.measure(c, { bold, size }, widths[i]))) + 8;
      return row(block.columns, true) + (block.rows[0] ? Math.min(row(tableCells(block.columns, block.rows[0]), false), two + 8) : 0);
    }
    case "quote":
    case "callout":
      return Math.min(flow.measure(block.text, { size: block.type === "quote" ? 12 : undefined }, flow.width - 24) + 14, flow.bodyHeight / 3);
  }
}

/** Height needed below the current position before drawing the heading at `blocks[i]`. */
export function keepWithNext(flow: PdfFlow, blocks: Block[], i: number): number {
  let total = 0;
  for (let j = i; j < blocks.length; j++) {
    const b = blocks[j];
    if (b.type !== "heading") return total + firstPiece(flow, b);
    total += headingHeight(flow, b.level, b.text);
  }
  return total;
}
