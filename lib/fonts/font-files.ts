import path from "node:path";
import type { ThemeFields } from "@/lib/themes/model";

export type FontFamily = ThemeFields["fontFamily"];
export type FontWeight = 400 | 700;
/** Fontsource splits each family by script; "latin" covers English and Western European punctuation. */
export type FontSubset = "latin" | "latin-ext" | "cyrillic" | "cyrillic-ext" | "greek" | "vietnamese";

const packages: Record<FontFamily, string> = { Inter: "inter", Merriweather: "merriweather", "JetBrains Mono": "jetbrains-mono" };

/**
 * Fonts ship with the app as npm @fontsource/* WOFF files (pdfkit and satori read WOFF, not WOFF2),
 * never downloaded. Resolved from the working directory because bundlers rewrite require.resolve
 * into module ids.
 */
export function fontFile(family: FontFamily, weight: FontWeight, subset: FontSubset = "latin"): string {
  const slug = packages[family];
  return path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "@fontsource", slug, "files", `${slug}-${subset}-${weight}-normal.woff`);
}

/**
 * Documents use Inter's full TrueType build (Latin with every European accent, Cyrillic, Greek,
 * Vietnamese, arrows and math signs, from npm @expo-google-fonts/inter): a PDF holds one font per
 * weight, and pdfkit embeds only the glyphs a document uses.
 */
export function documentFontFile(weight: FontWeight): string {
  const face = weight === 700 ? "700Bold" : "400Regular";
  return path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "@expo-google-fonts", "inter", face, `Inter_${face}.ttf`);
}
