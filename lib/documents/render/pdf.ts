// PDF with real, selectable text: bookmarks for headings, "Page N of M" footers, the brand's
// logo, label and accent, tables that wrap inside the page, and no heading left at a page foot.
import PDFDocument from "pdfkit";
import type { AssetDocument, Block, Brand } from "../model";
import { answerKey, choiceLetter, footerText, formatTime, quizNumbering } from "./layout";
import { fontFile } from "./fonts";

const MARGIN = 56;
const BODY = 10.5;
const GREY = "#475569";

export function renderPdf(doc: AssetDocument, brand: Brand): Promise<Buffer> {
  const pdf = new PDFDocument({ size: "A4", margins: { top: MARGIN + 18, bottom: MARGIN + 10, left: MARGIN, right: MARGIN }, bufferPages: true, info: { Title: doc.title, Author: brand.name, Creator: "Talksmith" } });
  pdf.registerFont("Body", fontFile("inter", 400));
  pdf.registerFont("Bold", fontFile("inter", 700));
  const chunks: Buffer[] = [];
  pdf.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });

  const width = pdf.page.width - MARGIN * 2;
  const bottom = () => pdf.page.height - pdf.page.margins.bottom;
  const ensure = (needed: number) => {
    if (pdf.y + needed > bottom()) pdf.addPage();
  };
  const text = (s: string, opts: { font?: "Body" | "Bold"; size?: number; color?: string; indent?: number; gap?: number } = {}) => {
    pdf.font(opts.font ?? "Body").fontSize(opts.size ?? BODY).fillColor(opts.color ?? "#0f172a");
    const w = width - (opts.indent ?? 0);
    ensure(pdf.heightOfString(s, { width: w }));
    pdf.text(s, MARGIN + (opts.indent ?? 0), pdf.y, { width: w, lineGap: 2 });
    pdf.moveDown(opts.gap ?? 0.4);
  };
  const outline = pdf.outline;

  // Title block.
  if (brand.logo) {
    try {
      pdf.image(Buffer.from(brand.logo.bytes), MARGIN, MARGIN - 10, { fit: [120, 36] });
      pdf.moveDown(2);
    } catch {
      // An unreadable logo must not cost the user their document.
    }
  }
  if (brand.clientLabel) text(brand.clientLabel.toUpperCase(), { size: 8, color: GREY, gap: 0.2 });
  text(doc.title, { font: "Bold", size: 22, color: brand.accentColor, gap: 0.2 });
  outline.addItem(doc.title);
  if (doc.subtitle) text(doc.subtitle, { size: 10, color: GREY, gap: 0.3 });
  pdf.moveTo(MARGIN, pdf.y).lineTo(MARGIN + width, pdf.y).lineWidth(1.5).strokeColor(brand.accentColor).stroke();
  pdf.moveDown(0.8);

  const numbering = quizNumbering(doc);
  const list = (items: string[], marker: (i: number) => string) =>
    items.forEach((item, i) => {
      pdf.font("Body").fontSize(BODY);
      const h = pdf.heightOfString(item, { width: width - 18 });
      ensure(h);
      const y = pdf.y;
      pdf.fillColor(brand.accentColor).text(marker(i), MARGIN, y, { width: 16 });
      pdf.fillColor("#0f172a").text(item, MARGIN + 18, y, { width: width - 18, lineGap: 2 });
      pdf.moveDown(0.25);
    });

  const table = (columns: string[], rows: string[][]) => {
    const colW = width / columns.length;
    const pad = 4;
    const drawRow = (cells: string[], bold: boolean) => {
      pdf.font(bold ? "Bold" : "Body").fontSize(9);
      const h = Math.max(16, ...cells.map((c) => pdf.heightOfString(c || " ", { width: colW - pad * 2 }) + pad * 2));
      ensure(h);
      const y = pdf.y;
      cells.forEach((c, i) => {
        if (bold) pdf.rect(MARGIN + i * colW, y, colW, h).fillAndStroke("#f1f5f9", "#cbd5e1");
        else pdf.rect(MARGIN + i * colW, y, colW, h).strokeColor("#cbd5e1").stroke();
        pdf.fillColor("#0f172a").text(c || " ", MARGIN + i * colW + pad, y + pad, { width: colW - pad * 2 });
      });
      pdf.x = MARGIN;
      pdf.y = y + h;
    };
    drawRow(columns, true);
    rows.forEach((r) => drawRow(columns.map((_c, i) => r[i] ?? ""), false));
    pdf.moveDown(0.6);
  };

  const render = (block: Block) => {
    switch (block.type) {
      case "heading": {
        ensure(70); // keep a heading with the lines that follow it
        pdf.moveDown(0.3);
        const size = block.level === 1 ? 17 : block.level === 2 ? 14 : 12;
        text(block.text, { font: "Bold", size, color: block.level === 3 ? "#0f172a" : brand.accentColor, gap: 0.3 });
        outline.addItem(block.text);
        return;
      }
      case "paragraph":
        return text(block.text);
      case "bullets":
        list(block.items, () => "•");
        return void pdf.moveDown(0.3);
      case "steps":
        list(block.items, (i) => `${i + 1}.`);
        return void pdf.moveDown(0.3);
      case "checklist":
        block.items.forEach((item) => {
          pdf.font("Body").fontSize(BODY);
          ensure(pdf.heightOfString(item.text, { width: width - 20 }));
          const y = pdf.y;
          pdf.rect(MARGIN, y + 1.5, 9, 9).lineWidth(1).strokeColor(brand.accentColor).stroke();
          pdf.fillColor("#0f172a").text(item.text, MARGIN + 18, y, { width: width - 18, lineGap: 2 });
          pdf.moveDown(0.25);
        });
        return void pdf.moveDown(0.3);
      case "quiz": {
        const first = numbering.get(block) ?? 1;
        block.questions.forEach((q, i) => {
          ensure(60);
          text(`${first + i}. ${q.question}`, { font: "Bold", gap: 0.2 });
          q.choices.forEach((c, j) => text(`${choiceLetter(j)}. ${c}`, { indent: 16, gap: 0.1 }));
          pdf.moveDown(0.4);
        });
        return;
      }
      case "glossary":
        block.terms.forEach((t) => {
          ensure(30);
          text(t.term, { font: "Bold", gap: 0.1 });
          text(t.definition, { indent: 12, gap: 0.4 });
        });
        return;
      case "faq":
        block.items.forEach((f) => {
          ensure(40);
          text(f.question, { font: "Bold", gap: 0.15 });
          text(f.answer, { gap: 0.5 });
        });
        return;
      case "table":
        return table(block.columns, block.rows);
      case "quote": {
        const by = [block.speaker, formatTime(block.start)].filter(Boolean).join(", ");
        pdf.font("Body").fontSize(12);
        const h = pdf.heightOfString(`“${block.text}”`, { width: width - 20 });
        ensure(h + 20);
        const y = pdf.y;
        pdf.rect(MARGIN, y, 3, h + (by ? 16 : 0)).fill(brand.accentColor);
        pdf.fillColor("#0f172a").text(`“${block.text}”`, MARGIN + 14, y, { width: width - 20, lineGap: 3 });
        if (by) pdf.font("Body").fontSize(9).fillColor(GREY).text(`— ${by}`, MARGIN + 14, pdf.y + 2, { width: width - 20 });
        pdf.moveDown(0.8);
        return;
      }
      case "callout": {
        pdf.font("Body").fontSize(BODY);
        const h = pdf.heightOfString(block.text, { width: width - 20 }) + 12;
        ensure(h);
        const y = pdf.y;
        pdf.roundedRect(MARGIN, y, width, h, 4).fill("#fef3c7");
        pdf.fillColor("#78350f").text(block.text, MARGIN + 10, y + 6, { width: width - 20 });
        pdf.y = y + h;
        pdf.moveDown(0.6);
        return;
      }
    }
  };
  doc.blocks.forEach(render);

  const key = answerKey(doc);
  if (key.length) {
    pdf.addPage();
    text("Answer key", { font: "Bold", size: 14, color: brand.accentColor });
    outline.addItem("Answer key");
    key.forEach((k) => text(`${k.number}. ${k.letter}. ${k.answer}`, { gap: 0.15 }));
  }

  // Footers last, when the page count is known.
  const range = pdf.bufferedPageRange();
  const footer = footerText(brand);
  for (let i = 0; i < range.count; i++) {
    pdf.switchToPage(range.start + i);
    const y = pdf.page.height - MARGIN + 8;
    pdf.page.margins.bottom = 0;
    pdf.moveTo(MARGIN, y - 6).lineTo(pdf.page.width - MARGIN, y - 6).lineWidth(0.5).strokeColor("#cbd5e1").stroke();
    pdf.font("Body").fontSize(8).fillColor(GREY);
    pdf.text(footer, MARGIN, y, { width: width / 2, lineBreak: false });
    pdf.text(`Page ${i + 1} of ${range.count}`, MARGIN + width / 2, y, { width: width / 2, align: "right", lineBreak: false });
  }
  pdf.end();
  return done;
}
