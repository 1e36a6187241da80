// Word (.docx) with real Heading styles, real bulleted and numbered lists, tables, a header
// with the brand's logo and label, "Page N of M" footers, and the quiz key at the end.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  ShadingType,
} from "docx";
import type { AssetDocument, Block, Brand } from "../model";
import { answerKey, choiceLetter, footerText, formatTime, quizNumbering } from "./layout";

const headingLevels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

export async function renderDocx(doc: AssetDocument, brand: Brand): Promise<Buffer> {
  const accent = brand.accentColor.replace("#", "");
  const numbering = quizNumbering(doc);
  let stepLists = 0;
  const children: (Paragraph | Table)[] = [];
  const p = (text: string, options: ConstructorParameters<typeof Paragraph>[0] & object = {}) => new Paragraph({ ...options, children: [new TextRun(text)] });

  children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: doc.title, color: accent })] }));
  if (doc.subtitle) children.push(new Paragraph({ children: [new TextRun({ text: doc.subtitle, italics: true, color: "475569" })] }));

  const render = (b: Block) => {
    switch (b.type) {
      case "heading":
        children.push(new Paragraph({ heading: headingLevels[b.level], children: [new TextRun(b.text)] }));
        return;
      case "paragraph":
        b.text.split("\n").forEach((line) => children.push(p(line)));
        return;
      case "bullets":
        b.items.forEach((item) => children.push(p(item, { bullet: { level: 0 } })));
        return;
      case "steps": {
        const instance = ++stepLists;
        b.items.forEach((item) => children.push(p(item, { numbering: { reference: "steps", level: 0, instance } })));
        return;
      }
      case "checklist":
        b.items.forEach((item) => children.push(new Paragraph({ children: [new TextRun(`${item.checked ? "☑" : "☐"}  `), new TextRun(item.text)] })));
        return;
      case "quiz": {
        const first = numbering.get(b) ?? 1;
        b.questions.forEach((q, i) => {
          children.push(new Paragraph({ spacing: { before: 160 }, children: [new TextRun({ text: `${first + i}. ${q.question}`, bold: true })] }));
          q.choices.forEach((c, j) => children.push(p(`${choiceLetter(j)}. ${c}`, { indent: { left: 360 } })));
        });
        return;
      }
      case "glossary":
        b.terms.forEach((t) => children.push(new Paragraph({ children: [new TextRun({ text: `${t.term}: `, bold: true }), new TextRun(t.definition)] })));
        return;
      case "faq":
        b.items.forEach((f) => {
          children.push(new Paragraph({ spacing: { before: 160 }, children: [new TextRun({ text: f.question, bold: true })] }));
          children.push(p(f.answer));
        });
        return;
      case "table":
        children.push(
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ tableHeader: true, children: b.columns.map((c) => new TableCell({ shading: { type: ShadingType.CLEAR, fill: "F1F5F9", color: "auto" }, children: [new Paragraph({ children: [new TextRun({ text: c, bold: true })] })] })) }),
              ...b.rows.map((r) => new TableRow({ children: b.columns.map((_c, i) => new TableCell({ children: [p(r[i] ?? "")] })) })),
            ],
          }),
        );
        children.push(p(""));
        return;
      case "quote": {
        const by = [b.speaker, formatTime(b.start)].filter(Boolean).join(", ");
        children.push(new Paragraph({ style: "Quote", border: { left: { style: BorderStyle.SINGLE, size: 18, color: accent, space: 8 } }, indent: { left: 240 }, children: [new TextRun({ text: `“${b.text}”`, italics: true })] }));
        if (by) children.push(p(`— ${by}`, { indent: { left: 240 } }));
        return;
      }
      case "callout":
        children.push(new Paragraph({ shading: { type: ShadingType.CLEAR, fill: "FEF3C7", color: "auto" }, children: [new TextRun({ text: "Note: ", bold: true }), new TextRun(b.text)] }));
        return;
    }
  };
  doc.blocks.forEach(render);

  const key = answerKey(doc);
  if (key.length) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun("Answer key")] }));
    key.forEach((k) => children.push(p(`${k.number}. ${k.letter}. ${k.answer}`)));
  }

  const headerChildren: Paragraph[] = [];
  if (brand.logo) {
    headerChildren.push(new Paragraph({ children: [new ImageRun({ type: brand.logo.mimeType === "image/png" ? "png" : "jpg", data: Buffer.from(brand.logo.bytes), transformation: { width: 110, height: 32 } })] }));
  }
  if (brand.clientLabel) headerChildren.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: brand.clientLabel, color: "475569", size: 16 })] }));

  const document = new Document({
    creator: "Talksmith",
    title: doc.title,
    styles: {
      default: { document: { run: { font: "Calibri", size: 22 } } },
      paragraphStyles: [
        { id: "Heading1", name: "Heading 1", basedOn: "Normal", next: "Normal", quickFormat: true, run: { size: 32, bold: true, color: accent }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
        { id: "Heading2", name: "Heading 2", basedOn: "Normal", next: "Normal", quickFormat: true, run: { size: 28, bold: true, color: accent }, paragraph: { spacing: { before: 200, after: 100 }, keepNext: true } },
        { id: "Heading3", name: "Heading 3", basedOn: "Normal", next: "Normal", quickFormat: true, run: { size: 24, bold: true }, paragraph: { spacing: { before: 160, after: 80 }, keepNext: true } },
      ],
    },
    numbering: { config: [{ reference: "steps", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] }] },
    sections: [
      {
        headers: headerChildren.length ? { default: new Header({ children: headerChildren }) } : undefined,
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ text: `${footerText(brand)}    `, color: "64748B", size: 16 }), new TextRun({ children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES], color: "64748B", size: 16 })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
