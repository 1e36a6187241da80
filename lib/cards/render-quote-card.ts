// Quote cards: satori lays out an SVG from a theme, resvg rasterises it to PNG.
import { readFileSync } from "node:fs";
import satori from "satori";
import { Resvg } from "@resvg/resvg-js";
import type { ThemeFields } from "@/lib/themes/model";
import { fontFile } from "@/lib/documents/render/fonts";

export const cardSizes = { square: [1080, 1080], portrait: [1080, 1350], landscape: [1920, 1080] } as const;
export type CardSize = keyof typeof cardSizes;

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: "normal" }[] | null = null;
const loadFonts = () =>
  (fonts ??= [
    { name: "Inter", data: readFileSync(fontFile("inter", 400)), weight: 400, style: "normal" },
    { name: "Inter", data: readFileSync(fontFile("inter", 700)), weight: 700, style: "normal" },
  ]);

type Node = { type: string; props: Record<string, unknown> & { children?: Node | Node[] | string | (Node | string)[] } };
const el = (type: string, style: Record<string, unknown>, children?: Node["props"]["children"]): Node => ({ type, props: { style, children } });

function pattern(theme: ThemeFields): Record<string, unknown> {
  const c = theme.patternColor;
  switch (theme.backgroundPattern) {
    case "dots":
      return { backgroundImage: `radial-gradient(circle at 2px 2px, ${c} 2px, transparent 0)`, backgroundSize: "36px 36px" };
    case "grid":
      return { backgroundImage: `linear-gradient(${c} 2px, transparent 2px), linear-gradient(90deg, ${c} 2px, transparent 2px)`, backgroundSize: "60px 60px" };
    case "diagonal":
      return { backgroundImage: `repeating-linear-gradient(45deg, ${c} 0px, ${c} 2px, transparent 2px, transparent 28px)` };
    case "waves":
      return { backgroundImage: `radial-gradient(circle at 50% 120%, ${c} 30%, transparent 31%)`, backgroundSize: "120px 60px" };
    default:
      return {};
  }
}

export async function renderQuoteCardSvg(input: { quote: string; speaker?: string | null; timestamp?: string | null; theme: ThemeFields; size?: CardSize }): Promise<string> {
  const [width, height] = cardSizes[input.size ?? "square"];
  const t = input.theme;
  const length = input.quote.length;
  const fontSize = Math.round(Math.min(width, height) * (length < 80 ? 0.07 : length < 160 ? 0.055 : length < 260 ? 0.044 : 0.034));
  const bracket = (pos: Record<string, unknown>) => el("div", { position: "absolute", width: 60, height: 60, borderColor: t.accentColor, borderStyle: "solid", borderWidth: 0, ...pos });
  const tree = el(
    "div",
    { width, height, display: "flex", flexDirection: "column", justifyContent: "center", padding: 110, boxSizing: "border-box", backgroundColor: t.backgroundColor, color: t.textColor, fontFamily: "Inter", position: "relative", ...pattern(t) },
    [
      ...(t.showCornerBrackets
        ? [bracket({ top: 50, left: 50, borderTopWidth: 6, borderLeftWidth: 6 }), bracket({ bottom: 50, right: 50, borderBottomWidth: 6, borderRightWidth: 6 })]
        : []),
      ...(t.showAccentLine ? [el("div", { width: 120, height: 10, backgroundColor: t.accentColor, marginBottom: 40 })] : []),
      el("div", { fontSize, fontWeight: 700, lineHeight: 1.3, display: "flex" }, `“${input.quote}”`),
      el("div", { marginTop: 40, fontSize: Math.round(fontSize * 0.5), color: t.accentColor, display: "flex" }, [input.speaker ?? "", input.timestamp ? `  ·  ${input.timestamp}` : ""].join("")),
      ...(t.customWatermarkText ? [el("div", { position: "absolute", bottom: 50, left: 110, fontSize: 26, opacity: 0.6, display: "flex" }, t.customWatermarkText)] : []),
    ],
  );
  return satori(tree as unknown as Parameters<typeof satori>[0], { width, height, fonts: loadFonts() });
}

export async function renderQuoteCard(input: Parameters<typeof renderQuoteCardSvg>[0]): Promise<Buffer> {
  const svg = await renderQuoteCardSvg(input);
  return new Resvg(svg, { fitTo: { mode: "original" } }).render().asPng();
}
