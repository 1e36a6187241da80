// satori needs every face it may use up front, and draws a "no glyph" box for a character none
// of them has. So each theme family brings its own script subsets (Latin Extended, Cyrillic,
// Greek, Vietnamese where Fontsource has them), and Inter's full build closes every stack for
// what is left (arrows, ✓, Greek in Merriweather). Inter itself is the full build.
import type { Font } from "satori";
import { loadDocumentFontBytes, loadFont } from "@/lib/fonts/load-font";
import type { FontFamily, FontSubset } from "@/lib/fonts/font-files";

const FALLBACK = "Inter Full";
const WEIGHTS = [400, 700] as const;

/** The subsets each family ships beyond "latin", in the order satori should try them. */
const scripts: Record<FontFamily, FontSubset[]> = {
  Inter: [],
  Merriweather: ["latin-ext", "cyrillic", "cyrillic-ext", "vietnamese"],
  "JetBrains Mono": ["latin-ext", "cyrillic", "cyrillic-ext", "greek", "vietnamese"],
};

/** satori picks one face per family name, so every subset is a family of its own. */
const subsetName = (family: FontFamily, subset: FontSubset) => `${family} ${subset}`;

export const cardFontStack = (family: FontFamily) =>
  [family, ...scripts[family].map((s) => subsetName(family, s)), ...(family === "Inter" ? [] : [FALLBACK])].map((n) => `"${n}"`).join(", ");

const cache = new Map<FontFamily, Font[]>();

export function cardFonts(family: FontFamily): Font[] {
  let fonts = cache.get(family);
  if (!fonts) {
    fonts = WEIGHTS.flatMap((weight) => {
      const face = (name: string, data: Buffer): Font => ({ name, data, weight, style: "normal" });
      if (family === "Inter") return [face(family, loadDocumentFontBytes(weight))];
      return [face(family, loadFont(family, weight)), ...scripts[family].map((s) => face(subsetName(family, s), loadFont(family, weight, s))), face(FALLBACK, loadDocumentFontBytes(weight))];
    });
    cache.set(family, fonts);
  }
  return fonts;
}
