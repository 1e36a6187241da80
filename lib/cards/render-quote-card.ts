// Quote cards: satori lays out an SVG from a theme, resvg rasterises it to PNG.
import type { ReactNode } from "react";
import satori from "satori";
import { Resvg } from "@resvg/resvg-js";
import type { ThemeFields } from "@/lib/themes/model";
import { formatTime } from "@/lib/documents/render/layout";
import { cardFonts } from "./card-fonts";
import type { CardLogo } from "./card-logo";
import { cardSizes, type CardSize } from "./card-sizes";
import { quoteCardTree } from "./quote-card-tree";

export { cardSizes, type CardSize };

export interface QuoteCardInput {
  quote: string;
  speaker?: string | null;
  /** "0:41", or seconds into the recording. */
  timestamp?: string | number | null;
  theme: ThemeFields;
  size?: CardSize;
  logo?: CardLogo | null;
}

export async function renderQuoteCardSvg(input: QuoteCardInput): Promise<string> {
  const [width, height] = cardSizes[input.size ?? "square"];
  const timestamp = typeof input.timestamp === "number" ? formatTime(input.timestamp) : input.timestamp;
  const tree = quoteCardTree({ ...input, timestamp, width, height });
  return satori(tree as unknown as ReactNode, { width, height, fonts: cardFonts(input.theme.fontFamily) });
}

export async function renderQuoteCard(input: QuoteCardInput): Promise<Buffer> {
  const svg = await renderQuoteCardSvg(input);
  return new Resvg(svg, { fitTo: { mode: "original" } }).render().asPng();
}
