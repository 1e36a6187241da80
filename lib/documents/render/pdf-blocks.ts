// Draws each block type onto the PDF flow. Bullets and numbers are real text, so copying or
// extracting text yields "• item" and "1. item" in reading order.
import type { Block } from "../model";
import { quizQuestions, quoteAttribution } from "./layout";
import { BODY_SIZE, INK, type PdfFlow } from "./pdf-flow";
import { drawTable } from "./pdf-table";

const MARKER = 16;
export const HEADING_SIZES = { 1: 17, 2: 14, 3: 12 } as const;

function listItem(flow: PdfFlow, marker: string, text: string, markerColor: string) {
  const { pdf, left, width } = flow;
  flow.ensure(Math.min(flow.measure(text, {}, width - MARKER), flow.lineHeight() * 2));
  const y = pdf.y;
  flow.use({ color: markerColor }).text(marker, left, y, { width: MARKER, lineBreak: false });
  flow.use().text(text, left + MARKER, y, { width: width - MARKER, lineGap: 2 });
  pdf.moveDown(0.25);
}

function checkbox(flow: PdfFlow, text: string, checked: boolean) {
  const { pdf, left, width, brand } = flow;
  flow.ensure(Math.min(flow.measure(text, {}, width - MARKER), flow.lineHeight() * 2));
  const y = pdf.y;
  pdf.lineWidth(1).rect(left, y + 1.5, 9, 9).strokeColor(brand.accentColor).stroke();
  if (checked) pdf.moveTo(left + 2, y + 6).lineTo(left + 4, y + 8.5).lineTo(left + 7.5, y + 3).strokeColor(brand.accentColor).stroke();
  flow.use().text(text, left + MARKER, y, { width: width - MARKER, lineGap: 2 });
  pdf.moveDown(0.25);
}

/** Keeps a small group (a quiz question, a glossary entry) on one page when it can. */
function together(flow: PdfFlow, height: number) {
  flow.ensure(Math.min(height, flow.bodyHeight));
}

function boxed(flow: PdfFlow, text: string, opts: { fill: string; color: string; bar: string | null; size: number }) {
  const { pdf, left, width } = flow;
  const inner = width - 24;
  const h = flow.measure(text, { size: opts.size }, inner) + 14;
  together(flow, h);
  const y = pdf.y;
  if (h <= flow.room()) {
    pdf.rect(left, y, width, h).fill(opts.fill);
    if (opts.bar) pdf.rect(left, y, 3, h).fill(opts.bar);
  }
  flow.use({ size: opts.size, color: opts.color }).text(text, left + 14, y + 7, { width: inner, lineGap: 2 });
  pdf.y = Math.max(pdf.y, y + h);
  pdf.moveDown(0.6);
}

export function drawBlock(flow: PdfFlow, block: Block, quizStart: number) {
  const { pdf, brand, width } = flow;
  switch (block.type) {
    case "heading":
      throw new Error("headings are drawn by the page flow, which keeps them with what follows");
    case "paragraph":
      for (const line of block.text.split("\n")) flow.write(line, {}, { after: 0.15 });
      return void pdf.moveDown(0.3);
    case "bullets":
      block.items.forEach((item) => listItem(flow, "•", item, brand.accentColor));
      return void pdf.moveDown(0.35);
    case "steps":
      block.items.forEach((item, i) => listItem(flow, `${i + 1}.`, item, brand.accentColor));
      return void pdf.moveDown(0.35);
    case "checklist":
      block.items.forEach((item) => checkbox(flow, item.text, item.checked));
      return void pdf.moveDown(0.35);
    case "quiz":
      for (const q of quizQuestions(block, quizStart)) {
        const h = flow.measure(q.label, { bold: true }, width) + q.choices.reduce((s, c) => s + flow.measure(c, {}, width - MARKER) + 2, 0);
        together(flow, h + 6);
        flow.write(q.label, { bold: true }, { after: 0.2 });
        q.choices.forEach((c) => flow.write(c, {}, { indent: MARKER, after: 0.1 }));
        pdf.moveDown(0.5);
      }
      return;
    case "glossary":
      for (const t of block.terms) {
        together(flow, flow.measure(t.term, { bold: true }, width) + flow.measure(t.definition, {}, width - 12) + 6);
        flow.write(t.term, { bold: true }, { after: 0.1 });
        flow.write(t.definition, {}, { indent: 12, after: 0.45 });
      }
      return;
    case "faq":
      for (const f of block.items) {
        together(flow, flow.measure(f.question, { bold: true }, width) + Math.min(flow.measure(f.answer, {}, width), flow.lineHeight() * 3));
        flow.write(f.question, { bold: true }, { after: 0.15 });
        flow.write(f.answer, {}, { after: 0.55 });
      }
      return;
    case "table":
      return drawTable(flow, block.columns, block.rows);
    case "quote": {
      const by = quoteAttribution(block);
      boxed(flow, `“${block.text}”${by ? `\n— ${by}` : ""}`, { fill: "#f8fafc", color: INK, bar: brand.accentColor, size: 12 });
      return;
    }
    case "callout":
      return boxed(flow, block.text, { fill: "#fef3c7", color: "#78350f", bar: null, size: BODY_SIZE });
  }
}
