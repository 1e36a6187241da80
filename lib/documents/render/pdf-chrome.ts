// Running header and footer, drawn on every page once the page count is known: the brand's
// logo and client label on top, the footer text and "Page N of M" below.
import { footerText } from "./layout";
import { GREY, PAGE_MARGINS, RULE, type PdfFlow } from "./pdf-flow";

const LOGO_BOX: [number, number] = [110, 24];

function drawHeader(flow: PdfFlow) {
  const { pdf, brand, left, width } = flow;
  const top = 30;
  let logoDrawn = false;
  if (brand.logo) {
    try {
      pdf.image(Buffer.from(brand.logo.bytes), left, top, { fit: LOGO_BOX, valign: "center" });
      logoDrawn = true;
    } catch {
      // An unreadable logo must not cost the user their document; the name stands in for it.
    }
  }
  if (!logoDrawn) flow.use({ bold: true, size: 9, color: brand.accentColor }).text(brand.name, left, top + 7, { width: width / 2, lineBreak: false });
  if (brand.clientLabel) flow.use({ size: 8, color: GREY }).text(brand.clientLabel, left + width / 2, top + 8, { width: width / 2, align: "right", lineBreak: false });
  const y = PAGE_MARGINS.top - 18;
  pdf.moveTo(left, y).lineTo(left + width, y).lineWidth(1).strokeColor(brand.accentColor).stroke();
}

function drawFooter(flow: PdfFlow, page: number, pages: number) {
  const { pdf, brand, left, width } = flow;
  const y = pdf.page.height - PAGE_MARGINS.bottom + 22;
  pdf.moveTo(left, y - 7).lineTo(left + width, y - 7).lineWidth(0.5).strokeColor(RULE).stroke();
  flow.use({ size: 8, color: GREY });
  pdf.text(footerText(brand), left, y, { width: width * 0.7, lineBreak: false });
  pdf.text(`Page ${page} of ${pages}`, left + width * 0.7, y, { width: width * 0.3, align: "right", lineBreak: false });
}

export function drawPageChrome(flow: PdfFlow) {
  const { pdf } = flow;
  const range = pdf.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    pdf.switchToPage(range.start + i);
    // Text below the bottom margin would otherwise make pdfkit open a new page.
    pdf.page.margins.bottom = 0;
    drawHeader(flow);
    drawFooter(flow, i + 1, range.count);
  }
}
