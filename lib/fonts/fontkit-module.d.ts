// The part of fontkit (the font engine inside pdfkit) that Talksmith uses; it ships no types.
declare module "fontkit" {
  export interface Font {
    layout(text: string): unknown;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
