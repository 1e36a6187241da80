import type { Asset } from "@/lib/generated/prisma/client";
import type { AssetDocument, Brand } from "@/lib/documents/model";
import { renderMarkdownFile } from "@/lib/documents/render/markdown";
import type { ThemeFields } from "@/lib/themes/model";
import type { AssetFile, AssetFormat } from "./render-asset-file";
import { renderInWorker } from "./render-pool";
import { fetchThemeLogo } from "@/lib/cards/fetch-theme-logo";

export type { AssetFormat };

/**
 * Any asset in any format. PDF, Word and PNG are drawn on a render thread, so an export of
 * hundreds of documents neither stalls the server's event loop nor grows its heap; Markdown
 * is a string join and stays here.
 */
export async function renderJobAsset(asset: Pick<Asset, "type" | "content">, format: AssetFormat, brand: Brand, theme: ThemeFields): Promise<AssetFile> {
  if (format === "md") return renderMarkdownFile(asset.content as unknown as AssetDocument);
  // A card shows the theme's logo (a data: URL it reads itself, or a remote one fetched here, on
  // the server thread, through the guarded fetcher), else the brand's.
  const cardLogo = format !== "png" || theme.logoUrl?.startsWith("data:") ? null : ((await fetchThemeLogo(theme.logoUrl)) ?? brand.logo ?? null);
  return renderInWorker({ asset: { type: asset.type, content: asset.content }, format, brand, theme, cardLogo });
}
