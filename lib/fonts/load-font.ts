import { readFileSync } from "node:fs";
import { fontFile, type FontFamily, type FontSubset, type FontWeight } from "./font-files";

const cache = new Map<string, Buffer>();

/** Font bytes, read from disk once per process. */
export function loadFont(family: FontFamily, weight: FontWeight, subset: FontSubset = "latin"): Buffer {
  const file = fontFile(family, weight, subset);
  let bytes = cache.get(file);
  if (!bytes) {
    bytes = readFileSync(file);
    cache.set(file, bytes);
  }
  return bytes;
}
