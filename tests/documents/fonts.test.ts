import { describe, expect, it } from "vitest";
import { loadDocumentFont, loadFont, loadSfntFont } from "@/lib/fonts/load-font";
import { fontFamilies } from "@/lib/themes/model";

describe("shipped fonts", () => {
  it("exist for every theme family in both weights and unwrap from WOFF into a TrueType font with the same tables", () => {
    for (const family of fontFamilies) {
      for (const weight of [400, 700] as const) {
        const woff = loadFont(family, weight);
        const sfnt = loadSfntFont(family, weight);
        expect(woff.toString("latin1", 0, 4)).toBe("wOFF");
        expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
        expect(sfnt.readUInt16BE(4)).toBe(woff.readUInt16BE(12));
        expect(sfnt.length).toBe(woff.readUInt32BE(16));
        expect(loadSfntFont(family, weight)).toBe(sfnt);
      }
    }
  });

  it("set documents in one face per weight that covers European, Cyrillic, Greek and Vietnamese text, parsed once", () => {
    for (const weight of [400, 700] as const) {
      const font = loadDocumentFont(weight);
      for (const ch of "ŁłŻźĞşŠžÆøĐđЖжΩωệ→✓€“”…—≥×") expect(font.hasGlyphForCodePoint(ch.codePointAt(0)!), `${ch} in weight ${weight}`).toBe(true);
      expect(loadDocumentFont(weight)).toBe(font);
    }
  });
});
