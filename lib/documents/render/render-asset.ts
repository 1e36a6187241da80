import type { AssetDocument, Brand } from "../model";
import { renderDocx } from "./docx";
import { documentContentTypes, type DocumentFormat } from "./formats";
import { renderMarkdownFile } from "./markdown";
import { renderPdf } from "./pdf";

/** One document model, three renderers. */
export async function renderAsset(doc: AssetDocument, format: DocumentFormat, brand: Brand): Promise<{ body: Buffer; contentType: string; extension: string }> {
  if (format === "md") return renderMarkdownFile(doc);
  const body = format === "pdf" ? await renderPdf(doc, brand) : await renderDocx(doc, brand);
  return { body, contentType: documentContentTypes[format], extension: format };
}
