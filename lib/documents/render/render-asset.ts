import type { AssetDocument, Brand } from "../model";
import { renderDocx } from "./docx";
import { renderMarkdown } from "./markdown";
import { renderPdf } from "./pdf";

export const documentFormats = ["pdf", "docx", "md"] as const;
export type DocumentFormat = (typeof documentFormats)[number];

const types: Record<DocumentFormat, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  md: "text/markdown; charset=utf-8",
};

/** One document model, three renderers. */
export async function renderAsset(doc: AssetDocument, format: DocumentFormat, brand: Brand): Promise<{ body: Buffer; contentType: string; extension: string }> {
  const body = format === "pdf" ? await renderPdf(doc, brand) : format === "docx" ? await renderDocx(doc, brand) : Buffer.from(renderMarkdown(doc));
  return { body, contentType: types[format], extension: format };
}
