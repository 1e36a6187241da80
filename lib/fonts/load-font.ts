import { readFileSync } from "node:fs";
import { fontFile, type FontFamily, type FontSubset, type FontWeight } from "./font-files";
import { woffToSfnt } from "./woff-to-sfnt";

const woffCache = new Map<string, Buffer>();
const sfntCache = new Map<string, Buffer>();

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
