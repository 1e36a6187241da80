import { fileTypeFromBuffer } from "file-type";
import type { LogoMimeType } from "./model";

const rasterTypes = new Set<string>(["image/png", "image/jpeg", "image/webp"]);

/** An SVG is text: optional BOM, XML declaration, comments or a doctype, then an <svg> element. */
const svgStart = /^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>\s*)*<svg[\s>/]/i;

/** The logo's type from its bytes (never from a name or header), or null when it is not one we accept. */
export async function detectLogoType(bytes: Uint8Array): Promise<LogoMimeType | null> {
  const sniffed = await fileTypeFromBuffer(bytes);
  if (sniffed && rasterTypes.has(sniffed.mime)) return sniffed.mime as LogoMimeType;
  // file-type names XML documents (an SVG with an XML declaration) application/xml.
  if (sniffed && sniffed.mime !== "application/xml" && sniffed.mime !== "image/svg+xml") return null;
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 4096));
  return svgStart.test(head) ? "image/svg+xml" : null;
}
