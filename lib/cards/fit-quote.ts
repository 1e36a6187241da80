// Picks the largest font size at which the quote fits its box, by measuring with the same font
// files satori uses (through pdfkit's text metrics, which wrap at the same break opportunities).
import PDFDocument from "pdfkit";
import { documentFontSource, loadSfntFont } from "@/lib/fonts/load-font";
import type { FontFamily, FontWeight } from "@/lib/fonts/font-files";

export const QUOTE_LINE_HEIGHT = 1.3;

let ruler: PDFKit.PDFDocument | null = null;
const registered = new Set<string>();

function measureLines(text: string, family: FontFamily, weight: FontWeight, size: number, width: number): number {
  ruler ??= new PDFDocument({ autoFirstPage: true, compress: false });
  const name = `${family}-${weight}`;
  if (!registered.has(name)) {
    // Inter cards are drawn with the full build (card-fonts.ts), so they are measured with it.
    ruler.registerFont(name, family === "Inter" ? documentFontSource(weight) : loadSfntFont(family, weight));
    registered.add(name);
  }
  ruler.font(name).fontSize(size);
  return Math.round(ruler.heightOfString(text, { width, lineGap: 0 }) / ruler.currentLineHeight(true));
}

export interface QuoteFit {
  fontSize: number;
  text: string;
}

/** Largest size in [min, max] that fits; below the minimum the quote is cut at a word with "…". */
export function fitQuote(text: string, box: { width: number; height: number }, font: { family: FontFamily; weight: FontWeight }, range: { min: number; max: number }): QuoteFit {
  // satori and pdfkit round glyph advances differently; a little slack keeps a line from re-wrapping.
  const width = box.width * 0.96;
  const fits = (t: string, size: number) => measureLines(t, font.family, font.weight, size, width) * size * QUOTE_LINE_HEIGHT <= box.height;
  for (let size = range.max; size >= range.min; size -= 2) if (fits(text, size)) return { fontSize: size, text };
  const words = text.split(/\s+/);
  let lo = 1;
  let hi = words.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(`${words.slice(0, mid).join(" ")}…”`, range.min)) lo = mid;
    else hi = mid - 1;
  }
  return { fontSize: range.min, text: `${words.slice(0, lo).join(" ")}…` };
}
