// The card's layout: brackets, accent line, the quote at the largest size that fits, the
// speaker and timestamp, an optional logo and watermark, over the theme's background pattern.
import type { ThemeFields } from "@/lib/themes/model";
import type { FontWeight } from "@/lib/fonts/font-files";
import { cardLogo, type CardLogo } from "./card-logo";
import { el, type CardNode } from "./card-node";
import { patternStyle } from "./card-pattern";
import { cardFontStack } from "./card-fonts";
import { fitQuote, QUOTE_LINE_HEIGHT } from "./fit-quote";

export interface QuoteCardLayout {
  quote: string;
  speaker?: string | null;
  timestamp?: string | null;
  theme: ThemeFields;
  logo?: CardLogo | null;
  width: number;
  height: number;
}

/** Serif quotes read better at regular weight; sans and mono need bold to carry at card size. */
export const quoteWeight = (theme: ThemeFields): FontWeight => (theme.fontFamily === "Merriweather" ? 400 : 700);

function brackets(t: ThemeFields, inset: number, size: number, stroke: number): CardNode[] {
  if (!t.showCornerBrackets) return [];
  const base = { position: "absolute", width: size, height: size, borderColor: t.accentColor, borderStyle: "solid", borderWidth: 0 };
  return [
    el("div", { ...base, top: inset, left: inset, borderTopWidth: stroke, borderLeftWidth: stroke }),
    el("div", { ...base, bottom: inset, right: inset, borderBottomWidth: stroke, borderRightWidth: stroke }),
  ];
}

export function quoteCardTree(input: QuoteCardLayout): CardNode {
  const { width, height, theme: t } = input;
  const unit = Math.min(width, height) / 1080;
  const pad = Math.round((width > height ? 140 : 100) * unit);
  const attributionSize = Math.round(34 * unit);
  const hasAttribution = !!(input.speaker || input.timestamp);
  const logo = cardLogo(input.logo, t.logoUrl, Math.round(220 * unit), Math.round(72 * unit));
  const topBand = Math.round((logo ? 100 : 0) * unit);
  const accentBand = t.showAccentLine ? Math.round(50 * unit) : 0;
  const footBand = (hasAttribution ? attributionSize * 1.4 + 40 * unit : 0) + (t.customWatermarkText ? 70 * unit : 0);
  const box = { width: width - pad * 2, height: height - pad * 2 - topBand - accentBand - footBand };
  const fit = fitQuote(`“${input.quote.trim()}”`, box, { family: t.fontFamily, weight: quoteWeight(t) }, { min: Math.round(30 * unit), max: Math.round(84 * unit) });

  const attribution = hasAttribution
    ? el("div", { display: "flex", marginTop: Math.round(40 * unit), fontSize: attributionSize, alignItems: "center" }, [
        input.speaker ? el("div", { color: t.accentColor, fontWeight: 700 }, `— ${input.speaker}`) : null,
        input.speaker && input.timestamp ? el("div", { color: t.textColor, opacity: 0.5, margin: `0 ${Math.round(14 * unit)}px` }, "·") : null,
        input.timestamp ? el("div", { color: t.textColor, opacity: 0.7 }, input.timestamp) : null,
      ])
    : null;

  return el(
    "div",
    { width, height, display: "flex", flexDirection: "column", justifyContent: "center", padding: pad, paddingTop: pad + topBand, boxSizing: "border-box", backgroundColor: t.backgroundColor, color: t.textColor, fontFamily: cardFontStack(t.fontFamily), position: "relative", ...patternStyle(t) },
    [
      ...brackets(t, Math.round(50 * unit), Math.round(64 * unit), Math.max(3, Math.round(6 * unit))),
      logo ? el("img", { position: "absolute", top: Math.round(60 * unit), right: Math.round(60 * unit), width: logo.width, height: logo.height }, undefined, { src: logo.src, width: logo.width, height: logo.height }) : null,
      t.showAccentLine ? el("div", { width: Math.round(120 * unit), height: Math.round(10 * unit), backgroundColor: t.accentColor, marginBottom: Math.round(40 * unit) }) : null,
      el("div", { display: "flex", fontSize: fit.fontSize, fontWeight: quoteWeight(t), lineHeight: QUOTE_LINE_HEIGHT }, fit.text),
      attribution,
      t.customWatermarkText ? el("div", { position: "absolute", bottom: Math.round(56 * unit), left: pad, fontSize: Math.round(24 * unit), opacity: 0.55, letterSpacing: 1, display: "flex" }, t.customWatermarkText) : null,
    ],
  );
}
