// Word styles and list definitions: real Heading 1–3 (so the navigation pane and tables of
// contents work), one bulleted and one numbered list definition.
import { AlignmentType, LevelFormat, type INumberingOptions, type IStylesOptions } from "docx";
import { BULLETS, STEPS } from "./docx-blocks";

export function docxStyles(accent: string): IStylesOptions {
  const heading = (level: 1 | 2 | 3, size: number, color?: string) => ({
    id: `Heading${level}`,
    name: `Heading ${level}`,
    basedOn: "Normal",
    next: "Normal",
    quickFormat: true,
    run: { size, bold: true, color },
    paragraph: { spacing: { before: 280 - level * 40, after: 120 }, keepNext: true, keepLines: true, outlineLevel: level - 1 },
  });
  return {
    default: { document: { run: { font: "Calibri", size: 22 }, paragraph: { spacing: { after: 100 } } } },
    paragraphStyles: [
      { id: "Title", name: "Title", basedOn: "Normal", next: "Normal", quickFormat: true, run: { size: 44, bold: true, color: accent }, paragraph: { spacing: { after: 80 } } },
      { id: "Subtitle", name: "Subtitle", basedOn: "Normal", next: "Normal", quickFormat: true, run: { size: 24, color: "475569" }, paragraph: { spacing: { after: 240 } } },
      heading(1, 32, accent),
      heading(2, 28, accent),
      heading(3, 24),
      { id: "Quote", name: "Quote", basedOn: "Normal", next: "Normal", quickFormat: true, run: { italics: true, color: "334155" } },
    ],
  };
}

export const docxNumbering: INumberingOptions = {
  config: [
    { reference: BULLETS, levels: [{ level: 0, format: LevelFormat.BULLET, text: "•", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] },
    { reference: STEPS, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] },
  ],
};
