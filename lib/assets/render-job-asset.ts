import type { Asset } from "@/lib/generated/prisma/client";
import type { AssetDocument, Brand } from "@/lib/documents/model";
import { renderAsset, type DocumentFormat } from "@/lib/documents/render/render-asset";
import { renderQuoteCard } from "@/lib/cards/render-quote-card";
import { formatTime } from "@/lib/documents/render/layout";
import type { ThemeFields } from "@/lib/themes/model";

export type AssetFormat = DocumentFormat | "png";

/** Any asset in any format; PNG is for quote cards, drawn with the workspace theme. */
export async function renderJobAsset(asset: Pick<Asset, "type" | "content">, format: AssetFormat, brand: Brand, theme: ThemeFields) {
  const doc = asset.content as unknown as AssetDocument;
  if (format === "png") {
    const quote = doc.blocks.find((b) => b.type === "quote");
    const body = await renderQuoteCard({ quote: quote?.type === "quote" ? quote.text : doc.title, speaker: quote?.type === "quote" ? quote.speaker : null, timestamp: quote?.type === "quote" ? formatTime(quote.start) : null, theme });
    return { body, contentType: "image/png", extension: "png" };
  }
  return renderAsset(doc, format, brand);
}
