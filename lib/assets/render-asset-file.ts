import type { Asset } from "@/lib/generated/prisma/client";
import type { AssetDocument, Brand } from "@/lib/documents/model";
import { renderAsset } from "@/lib/documents/render/render-asset";
import type { DocumentFormat } from "@/lib/documents/render/formats";
import { formatTime } from "@/lib/documents/render/layout";
import type { ThemeFields } from "@/lib/themes/model";
import type { CardLogo } from "@/lib/cards/card-logo";

export type AssetFormat = DocumentFormat | "png";

export interface AssetFileRequest {
  asset: Pick<Asset, "type" | "content">;
  format: AssetFormat;
  brand: Brand;
  theme: ThemeFields;
  /** For PNG: the logo bytes the card shows (the theme's remote logo, or the brand's). */
  cardLogo?: CardLogo | null;
}

export interface AssetFile {
  body: Buffer;
  contentType: string;
  extension: string;
}

/** Any asset in any format, on whichever thread calls it; PNG is for quote cards, drawn with the workspace theme. */
export async function renderAssetFile({ asset, format, brand, theme, cardLogo }: AssetFileRequest): Promise<AssetFile> {
  const doc = asset.content as unknown as AssetDocument;
  if (format === "png") {
    // satori and resvg load only for a kit with quote cards.
    const { renderQuoteCard } = await import("@/lib/cards/render-quote-card");
    const quote = doc.blocks.find((b) => b.type === "quote");
    const body = await renderQuoteCard({ quote: quote?.type === "quote" ? quote.text : doc.title, speaker: quote?.type === "quote" ? quote.speaker : null, timestamp: quote?.type === "quote" ? formatTime(quote.start) : null, theme, logo: cardLogo });
    return { body, contentType: "image/png", extension: "png" };
  }
  return renderAsset(doc, format, brand);
}
