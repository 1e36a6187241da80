import path from "node:path";

/**
 * Fonts ship with the app (npm @fontsource/*), never downloaded; pdfkit and satori read WOFF.
 * Resolved from the working directory because bundlers rewrite require.resolve into module ids.
 */
export function fontFile(family: "inter", weight: 400 | 700): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "@fontsource", family, "files", `${family}-latin-${weight}-normal.woff`);
}
