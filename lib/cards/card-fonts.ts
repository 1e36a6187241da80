// satori needs every face it may use up front; Latin Extended rides along so names like
// "Łukasz" or "Ștefan" render instead of falling back to boxes.
import type { Font } from "satori";
import { loadFont } from "@/lib/fonts/load-font";
import type { FontFamily } from "@/lib/fonts/font-files";

/** satori picks one face per family name, so the extension subset is a family of its own, listed second. */
export const extName = (family: FontFamily) => `${family} Ext`;
export const cardFontStack = (family: FontFamily) => `"${family}", "${extName(family)}"`;

const cache = new Map<FontFamily, Font[]>();

export function cardFonts(family: FontFamily): Font[] {
  let fonts = cache.get(family);
  if (!fonts) {
    fonts = ([400, 700] as const).flatMap((weight) =>
      (["latin", "latin-ext"] as const).map((subset) => ({ name: subset === "latin" ? family : extName(family), data: loadFont(family, weight, subset), weight, style: "normal" as const })),
    );
    cache.set(family, fonts);
  }
  return fonts;
}
