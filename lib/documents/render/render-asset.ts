import type { AssetDocument, Brand } from "../model";
import { renderDocx } from "./docx";
import { documentContentTypes, type DocumentFormat } from "./formats";
import { renderMarkdown } from "./markdown";
import { renderPdf } from "./pdf";

export { documentFormats, type DocumentFormat } from "./formats";

/** One document model, three renderers. */
export async function renderAsset(doc: AssetDocument, format: DocumentFormat, brand: Brand): Promise<{ body: Buffer; contentType: string; extension: string }> {
  const body = format === "pdf" ? await renderPdf(doc, brand) : format === "docx" ? await renderDocx(doc, brand) : Buffer.from(renderMarkdown(doc));
  return { body, contentType: documentContentTypes[format], extension: format };
}
