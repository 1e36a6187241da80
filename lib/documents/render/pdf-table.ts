// Tables that always fit the page width: columns sized by content (shared with Word), cell text
// wrapped, the header row repeated on every page, and rows taller than the space left split
// across pages instead of running off the bottom.
import { columnWeights, distributeWidths, tableCells } from "./layout";
import { RULE, type PdfFlow, type TextStyle } from "./pdf-flow";

const PAD = 4;
const HEADER_FILL = "#f1f5f9";

/** The longest prefix of `text` (whole words when possible) that fits in `maxHeight`. */
function splitToFit(flow: PdfFlow, text: string, style: TextStyle, width: number, maxHeight: number): [string, string] {
  if (flow.measure(text, style, width) <= maxHeight) return [text, ""];
  const words = text.split(/(?<=\s)/);
  const pieces = words.length > 1 ? words : [...text];
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (flow.measure(pieces.slice(0, mid).join(""), style, width) <= maxHeight) lo = mid;
    else hi = mid - 1;
  }
  return [pieces.slice(0, lo).join("").trimEnd(), pieces.slice(lo).join("")];
}

/** Content-weighted widths, but never so narrow that a header word or short word breaks mid-word. */
export function columnWidths(flow: PdfFlow, columns: string[], rows: string[][], size: number): number[] {
  const cap = (flow.width / columns.length) * 2.5;
  const wordWidth = (s: string, bold: boolean) => {
    flow.use({ bold, size });
    return Math.max(0, ...s.split(/\s+/).filter((w) => w.length <= 24).map((w) => flow.pdf.widthOfString(w)));
  };
  const minimums = columns.map((c, i) => Math.min(cap, Math.max(wordWidth(c, true), ...rows.map((r) => wordWidth(r[i] ?? "", false))) + PAD * 2 + 1));
  return distributeWidths(flow.width, columnWeights(columns, rows), minimums);
}

export const tableFontSize = (columns: number) => (columns > 6 ? 7.5 : columns > 4 ? 8.5 : 9);

export function drawTable(flow: PdfFlow, columns: string[], rows: string[][]) {
  const { pdf, left } = flow;
  const size = tableFontSize(columns.length);
  const widths = columnWidths(flow, columns, rows, size);
  const xs = widths.map((_w, i) => left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const styleOf = (header: boolean): TextStyle => ({ bold: header, size });
  const heightOf = (cells: string[], header: boolean) => Math.max(...cells.map((c, i) => flow.measure(c, styleOf(header), widths[i] - PAD * 2))) + PAD * 2;

  const paint = (cells: string[], header: boolean, h: number) => {
    const y = pdf.y;
    cells.forEach((c, i) => {
      pdf.lineWidth(0.5);
      if (header) pdf.rect(xs[i], y, widths[i], h).fillAndStroke(HEADER_FILL, RULE);
      else pdf.rect(xs[i], y, widths[i], h).strokeColor(RULE).stroke();
      if (c) flow.use(styleOf(header)).text(c, xs[i] + PAD, y + PAD, { width: widths[i] - PAD * 2, lineGap: 2 });
    });
    pdf.x = left;
    pdf.y = y + h;
  };
  const header = () => paint(columns, true, heightOf(columns, true));
  const newPage = () => {
    pdf.addPage();
    header();
  };

  flow.ensure(heightOf(columns, true) + (rows[0] ? Math.min(heightOf(tableCells(columns, rows[0]), false), flow.lineHeight(styleOf(false)) * 3) : 0));
  header();
  for (const row of rows) {
    let cells = tableCells(columns, row);
    for (;;) {
      const h = heightOf(cells, false);
      if (h <= flow.room() - 1) {
        paint(cells, false, h);
        break;
      }
      const fitsOnFreshPage = h <= flow.bodyHeight - heightOf(columns, true) - 1;
      const minSplit = flow.lineHeight(styleOf(false)) * 2 + PAD * 2;
      if (fitsOnFreshPage || flow.room() < minSplit) {
        newPage();
        if (fitsOnFreshPage) continue;
      }
      const max = flow.room() - PAD * 2 - 1;
      const parts = cells.map((c, i) => splitToFit(flow, c, styleOf(false), widths[i] - PAD * 2, max));
      paint(parts.map((p) => p[0]), false, flow.room() - 1);
      cells = parts.map((p) => p[1]);
      newPage();
    }
  }
  pdf.moveDown(0.6);
}
