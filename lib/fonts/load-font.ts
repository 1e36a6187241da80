import { readFileSync } from "node:fs";
import * as fontkit from "fontkit";
import { documentFontFile, fontFile, type FontFamily, type FontSubset, type FontWeight } from "./font-files";
import type { Font as DocumentFont } from "fontkit";
import { woffToSfnt } from "./woff-to-sfnt";

const woffCache = new Map<string, Buffer>();
const sfntCache = new Map<string, Buffer>();
const ttfCache = new Map<string, Buffer>();

function cached(cache: Map<string, Buffer>, key: string, load: () => Buffer): Buffer {
  let bytes = cache.get(key);
  if (!bytes) {
    bytes = load();
    cache.set(key, bytes);
  }
  return bytes;
}

/** The shipped WOFF, read from disk once per process (satori reads WOFF directly). */
export function loadFont(family: FontFamily, weight: FontWeight, subset: FontSubset = "latin"): Buffer {
  const file = fontFile(family, weight, subset);
  return cached(woffCache, file, () => readFileSync(file));
}

/** The same face as a plain TrueType font, unwrapped once per process, for pdfkit. */
export function loadSfntFont(family: FontFamily, weight: FontWeight, subset: FontSubset = "latin"): Buffer {
  return cached(sfntCache, fontFile(family, weight, subset), () => woffToSfnt(loadFont(family, weight, subset)));
}

/** The bytes of the full-coverage face (see documentFontFile), read once per process. */
export function loadDocumentFontBytes(weight: FontWeight): Buffer {
  const file = documentFontFile(weight);
  return cached(ttfCache, file, () => readFileSync(file));
}

const documentFonts = new Map<FontWeight, DocumentFont>();

/**
 * The full-coverage face PDFs are set in (see documentFontFile), parsed once per process and
 * shared by every document: pdfkit takes a parsed font as it is, and fontkit's glyph and layout
 * caches then serve each document after the first (a quarter faster than parsing per document).
 */
export function loadDocumentFont(weight: FontWeight): DocumentFont {
  let font = documentFonts.get(weight);
  if (!font) {
    font = fontkit.create(loadDocumentFontBytes(weight));
    documentFonts.set(weight, font);
  }
  return font;
}

/**
 * The same parsed face, typed for pdfkit's registerFont: pdfkit accepts a parsed fontkit font at
 * runtime (PDFFontFactory.open), while its published types list bytes only.
 */
export function documentFontSource(weight: FontWeight): PDFKit.Mixins.PDFFontSource {
  return loadDocumentFont(weight) as unknown as PDFKit.Mixins.PDFFontSource;
}
