// Word (.docx) with real Heading styles, real bulleted and numbered lists, tables, a header
// with the brand's logo and label, "Page N of M" footers, and the quiz key at the end.
import { AlignmentType, Document, Footer, Header, HeadingLevel, ImageRun, Packer, PageNumber, Paragraph, TabStopType, TextRun, type Table } from "docx";
import type { AssetDocument, Brand } from "../model";
import { docxBlock, TEXT_WIDTH_TWIPS } from "./docx-blocks";
import { docxNumbering, docxStyles } from "./docx-styles";
import { fitBox, imageSize } from "./image-size";
import { ANSWER_KEY_TITLE, answerKey, answerKeyLine, footerText, quizNumbering } from "./layout";

const headingLevels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
/** The right edge of the text area, for the right-aligned tab in header and footer. */
const RIGHT_TAB = TEXT_WIDTH_TWIPS;

function header(brand: Brand): Header {
  const size = brand.logo ? imageSize(brand.logo.bytes) : null;
  const logo =
    brand.logo && size
      ? new ImageRun({ type: brand.logo.mimeType === "image/png" ? "png" : "jpg", data: Buffer.from(brand.logo.bytes), transformation: fitBox(size, 140, 32) })
      : new TextRun({ text: brand.name, bold: true, color: brand.accentColor.replace("#", "") });
  const label = brand.clientLabel ? [new TextRun({ text: `\t${brand.clientLabel}`, color: "475569", size: 16 })] : [];
  return new Header({ children: [new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: RIGHT_TAB }], children: [logo, ...label] })] });
}

function footer(brand: Brand): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: RIGHT_TAB }],
        children: [new TextRun({ text: footerText(brand), color: "64748B", size: 16 }), new TextRun({ children: ["\tPage ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES], color: "64748B", size: 16 })],
      }),
    ],
  });
}

export async function renderDocx(doc: AssetDocument, brand: Brand): Promise<Buffer> {
  const accent = brand.accentColor.replace("#", "");
  const numbering = quizNumbering(doc);
  let stepsInstances = 0;
  const children: (Paragraph | Table)[] = [new Paragraph({ style: "Title", children: [new TextRun(doc.title)] })];
  if (doc.subtitle) children.push(new Paragraph({ style: "Subtitle", children: [new TextRun(doc.subtitle)] }));

  for (const b of doc.blocks) {
    if (b.type === "heading") children.push(new Paragraph({ heading: headingLevels[b.level], children: [new TextRun(b.text)] }));
    else children.push(...docxBlock(b, { accent, quizStart: numbering.get(b) ?? 1, nextStepsInstance: () => ++stepsInstances }));
  }

  const key = answerKey(doc);
  if (key.length) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(ANSWER_KEY_TITLE)] }));
    for (const k of key) {
      children.push(new Paragraph({ keepNext: !!k.explanation, children: [new TextRun({ text: answerKeyLine(k), bold: !!k.explanation })] }));
      if (k.explanation) children.push(new Paragraph({ indent: { left: 360 }, children: [new TextRun({ text: k.explanation, color: "475569" })] }));
    }
  }

  const document = new Document({
    creator: brand.name,
    title: doc.title,
    styles: docxStyles(accent),
    numbering: docxNumbering,
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 } } }, headers: { default: header(brand) }, footers: { default: footer(brand) }, children }],
  });
  return Packer.toBuffer(document);
}
