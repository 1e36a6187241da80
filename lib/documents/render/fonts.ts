import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

/** Fonts ship with the app (npm @fontsource/*), never downloaded. pdfkit reads WOFF. */
export function fontFile(family: "inter", weight: 400 | 700): string {
  const dir = path.dirname(require.resolve("@fontsource/inter/package.json"));
  return path.join(dir, "files", `${family}-latin-${weight}-normal.woff`);
}
