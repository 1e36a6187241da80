// A thin layer over pdfkit that every PDF block drawer uses: one place that knows the page box,
// the fonts and how to measure text, so "will this fit?" is answered the same way everywhere.
import PDFDocument from "pdfkit";
import type { AssetDocument, Brand } from "../model";
import { documentFontSource } from "@/lib/fonts/load-font";

export const INK = "#0f172a";
export const GREY = "#475569";
export const RULE = "#cbd5e1";
export const BODY_SIZE = 10.5;
export const LINE_GAP = 2;

export interface TextStyle {
  bold?: boolean;
  size?: number;
  color?: string;
}

export interface PdfFlow {
  pdf: PDFKit.PDFDocument;
  brand: Brand;
  left: number;
  width: number;
  /** Height of the writable area of one page. */
  bodyHeight: number;
  bottom(): number;
  room(): number;
  /** Starts a new page unless `needed` points still fit; blocks taller than a page just start where they are. */
  ensure(needed: number): void;
  use(style?: TextStyle): PDFKit.PDFDocument;
  measure(text: string, style: TextStyle, width: number): number;
  lineHeight(style?: TextStyle): number;
  write(text: string, style?: TextStyle, opts?: { indent?: number; after?: number }): void;
}

const MARGIN = 56;
export const PAGE_MARGINS = { top: MARGIN + 26, bottom: MARGIN + 12, left: MARGIN, right: MARGIN };

export function createPdfFlow(doc: AssetDocument, brand: Brand): PdfFlow {
  const pdf = new PDFDocument({ size: "A4", margins: PAGE_MARGINS, bufferPages: true, info: { Title: doc.title, Author: brand.name, Creator: "Talksmith" }, displayTitle: true });
  pdf.registerFont("Body", documentFontSource(400));
  pdf.registerFont("Bold", documentFontSource(700));
  const width = pdf.page.width - PAGE_MARGINS.left - PAGE_MARGINS.right;
  const bodyHeight = pdf.page.height - PAGE_MARGINS.top - PAGE_MARGINS.bottom;

  const use = (style: TextStyle = {}) => pdf.font(style.bold ? "Bold" : "Body").fontSize(style.size ?? BODY_SIZE).fillColor(style.color ?? INK);
  const bottom = () => pdf.page.height - pdf.page.margins.bottom;
  const room = () => bottom() - pdf.y;

  const flow: PdfFlow = {
    pdf,
    brand,
    left: PAGE_MARGINS.left,
    width,
    bodyHeight,
    bottom,
    room,
    ensure(needed) {
      if (needed > room() && pdf.y > pdf.page.margins.top + 1) pdf.addPage();
    },
    use,
    measure(text, style, w) {
      use(style);
      return pdf.heightOfString(text || " ", { width: w, lineGap: LINE_GAP });
    },
    lineHeight(style) {
      use(style);
      return pdf.currentLineHeight(true) + LINE_GAP;
    },
    write(text, style = {}, opts = {}) {
      const indent = opts.indent ?? 0;
      const h = flow.measure(text, style, width - indent);
      // Long paragraphs flow across pages; only refuse to start one with a single stranded line.
      flow.ensure(Math.min(h, flow.lineHeight(style) * 2));
      use(style).text(text, PAGE_MARGINS.left + indent, pdf.y, { width: width - indent, lineGap: LINE_GAP });
      pdf.moveDown(opts.after ?? 0.4);
    },
  };
  return flow;
}

export function pdfToBuffer(pdf: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  pdf.on("data", (c: Buffer) => chunks.push(c));
  return new Promise<Buffer>((resolve, reject) => {
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });
}
