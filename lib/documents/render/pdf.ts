// PDF with real, selectable text: nested bookmarks for headings, "Page N of M" footers, the
// brand's logo, label and accent, tables that wrap inside the page, and no heading left at a
// page foot.
import type { AssetDocument, Brand } from "../model";
import { ANSWER_KEY_TITLE, answerKey, answerKeyLine, headingTree, quizNumbering } from "./layout";
import { drawBlock, HEADING_SIZES } from "./pdf-blocks";
import { drawPageChrome } from "./pdf-chrome";
import { createPdfFlow, GREY, pdfToBuffer, type PdfFlow } from "./pdf-flow";
import { headingSpaceBefore, keepWithNext } from "./pdf-keep";

/** pdfkit accepts a scroll position for bookmarks at runtime; its published types omit it. */
interface OutlineNode {
  addItem(title: string, options?: { expanded?: boolean; fit?: boolean; top?: number; left?: number }): OutlineNode;
}

function bookmark(flow: PdfFlow, parent: OutlineNode, text: string): OutlineNode {
  // pdfkit computes the destination's left edge as page width minus `left`; passing the width lands on x = 0.
  return parent.addItem(text, { expanded: true, fit: false, top: Math.max(0, flow.pdf.y - 12), left: flow.pdf.page.width });
}

function drawHeading(flow: PdfFlow, level: 1 | 2 | 3, text: string, needed: number, mark: () => void) {
  flow.ensure(needed);
  if (flow.pdf.y > flow.pdf.page.margins.top + 1) flow.pdf.y += headingSpaceBefore(level);
  mark();
  flow.write(text, { bold: true, size: HEADING_SIZES[level], color: level === 3 ? undefined : flow.brand.accentColor }, { after: 0.3 });
}

export async function renderPdf(doc: AssetDocument, brand: Brand): Promise<Buffer> {
  const flow = createPdfFlow(doc, brand);
  const { pdf } = flow;
  const done = pdfToBuffer(pdf);
  const root = pdf.outline as unknown as OutlineNode;

  const titleMark = bookmark(flow, root, doc.title);
  flow.write(doc.title, { bold: true, size: 22, color: brand.accentColor }, { after: 0.2 });
  if (doc.subtitle) flow.write(doc.subtitle, { size: 10.5, color: GREY }, { after: 0.2 });
  pdf.moveDown(0.6);

  const nest = headingTree(titleMark);
  const numbering = quizNumbering(doc);
  doc.blocks.forEach((block, i) => {
    if (block.type !== "heading") return drawBlock(flow, block, numbering.get(block) ?? 1);
    drawHeading(flow, block.level, block.text, keepWithNext(flow, doc.blocks, i), () => nest(block.level, (parent) => bookmark(flow, parent, block.text)));
  });

  const key = answerKey(doc);
  if (key.length) {
    pdf.addPage();
    drawHeading(flow, 1, ANSWER_KEY_TITLE, 0, () => bookmark(flow, titleMark, ANSWER_KEY_TITLE));
    for (const k of key) {
      flow.write(answerKeyLine(k), { bold: !!k.explanation }, { after: k.explanation ? 0.1 : 0.2 });
      if (k.explanation) flow.write(k.explanation, { color: GREY }, { indent: 16, after: 0.35 });
    }
  }

  drawPageChrome(flow);
  pdf.end();
  return done;
}
