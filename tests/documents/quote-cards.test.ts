import { mkdirSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderQuoteCard, renderQuoteCardSvg } from "@/lib/cards/render-quote-card";
import { fitQuote } from "@/lib/cards/fit-quote";
import { presetThemes, type ThemeFields } from "@/lib/themes/model";
import { logoPng } from "../fixtures/documents/logo";

const pngSize = (png: Buffer) => ({ signature: png.subarray(1, 4).toString(), width: png.readUInt32BE(16), height: png.readUInt32BE(20) });
const quote = "The most important habit is to write down what the customer wants, every single time.";

describe("quote cards", () => {
  it("are 1080×1080 PNGs by default, and portrait or landscape on request", async () => {
    expect(pngSize(await renderQuoteCard({ quote, speaker: "Alice", theme: presetThemes.minimal }))).toEqual({ signature: "PNG", width: 1080, height: 1080 });
    expect(pngSize(await renderQuoteCard({ quote, speaker: "Alice", theme: presetThemes.minimal, size: "portrait" }))).toMatchObject({ width: 1080, height: 1350 });
    expect(pngSize(await renderQuoteCard({ quote, speaker: "Alice", theme: presetThemes.minimal, size: "landscape" }))).toMatchObject({ width: 1920, height: 1080 });
  });

  it("change when a theme colour, any pattern or the font changes", async () => {
    const render = (theme: ThemeFields) => renderQuoteCard({ quote, speaker: "Alice", timestamp: 41, theme });
    const base = await render(presetThemes.minimal);
    expect(base.equals(await render(presetThemes.minimal))).toBe(true);
    for (const change of [{ accentColor: "#dc2626" }, { backgroundColor: "#000000" }, { backgroundPattern: "dots" }, { backgroundPattern: "grid" }, { backgroundPattern: "diagonal" }, { backgroundPattern: "waves" }, { fontFamily: "JetBrains Mono" }] as Partial<ThemeFields>[]) {
      expect(base.equals(await render({ ...presetThemes.minimal, ...change })), JSON.stringify(change)).toBe(false);
    }
  });

  it("draw Cyrillic, Greek, Vietnamese, Polish, arrows and ticks in every theme font, never a 'no glyph' box", async () => {
    for (const theme of Object.values(presetThemes)) {
      // A private-use character has no glyph in any font: what satori draws for it is the box.
      for (const text of ["Жанна", "Ωμέγα", "Tiếng Việt", "Łódź", "→ ✓ ≥"]) {
        expect(await renderQuoteCardSvg({ quote: text, theme }), `${text} in ${theme.fontFamily}`).not.toBe(await renderQuoteCardSvg({ quote: text.replace(/./gu, (c) => (c === " " ? c : "\uE000")), theme }));
      }
    }
    mkdirSync("artifacts/documents", { recursive: true });
    writeFileSync("artifacts/documents/card-scripts.png", await renderQuoteCard({ quote: "Жанна · Ωμέγα · Tiếng Việt · Łódź → ✓", speaker: "Zoë Ørsted", theme: presetThemes.paper, size: "landscape" }));
  });

  it("draw the watermark when the theme has one", async () => {
    const svg = await renderQuoteCardSvg({ quote: "Short.", speaker: "Alice", timestamp: "0:41", theme: { ...presetThemes.paper, customWatermarkText: "@acme" } });
    expect(svg.startsWith("<svg")).toBe(true);
    // satori outlines glyphs into paths, so text is checked by its effect: more paths with a watermark.
    const without = await renderQuoteCardSvg({ quote: "Short.", speaker: "Alice", timestamp: "0:41", theme: presetThemes.paper });
    expect(svg.length).toBeGreaterThan(without.length);
  });

  it("shrink long quotes to fit, and cut only what cannot fit at the smallest size", () => {
    const box = { width: 880, height: 600 };
    const font = { family: "Inter" as const, weight: 700 as const };
    const short = fitQuote("Short.", box, font, { min: 30, max: 84 });
    const long = fitQuote(quote.repeat(4), box, font, { min: 30, max: 84 });
    expect(short.fontSize).toBe(84);
    expect(long.fontSize).toBeLessThan(60);
    expect(long.text).toBe(quote.repeat(4));
    const huge = fitQuote(quote.repeat(40), box, font, { min: 30, max: 84 });
    expect(huge.fontSize).toBe(30);
    expect(huge.text.endsWith("…")).toBe(true);
    expect(huge.text.length).toBeLessThan(quote.length * 40);
  });

  it("accept a logo as bytes or a data: URL but never fetch a remote one", async () => {
    const plain = await renderQuoteCardSvg({ quote, theme: presetThemes.minimal });
    const withLogo = await renderQuoteCardSvg({ quote, theme: presetThemes.minimal, logo: { bytes: logoPng(), mimeType: "image/png" } });
    const viaUrl = await renderQuoteCardSvg({ quote, theme: { ...presetThemes.minimal, logoUrl: `data:image/png;base64,${logoPng().toString("base64")}` } });
    const remote = await renderQuoteCardSvg({ quote, theme: { ...presetThemes.minimal, logoUrl: "http://169.254.169.254/logo.png" } });
    expect(withLogo).toContain("<image");
    expect(viaUrl).toContain("<image");
    expect(plain).not.toContain("<image");
    expect(remote).toBe(plain);
  });

  it("saves one card per preset (and the long, waves and landscape cases) to look at", async () => {
    mkdirSync("artifacts/documents", { recursive: true });
    for (const [name, theme] of Object.entries(presetThemes)) writeFileSync(`artifacts/documents/card-${name}.png`, await renderQuoteCard({ quote, speaker: "Alice", timestamp: "0:41", theme }));
    writeFileSync("artifacts/documents/card-long-waves-portrait.png", await renderQuoteCard({ quote: quote.repeat(5), speaker: "Łukasz Ćwik", timestamp: 761, theme: { ...presetThemes.midnight, backgroundPattern: "waves", customWatermarkText: "talksmith.app", showCornerBrackets: true }, logo: { bytes: logoPng(), mimeType: "image/png" }, size: "portrait" }));
    writeFileSync("artifacts/documents/card-landscape.png", await renderQuoteCard({ quote, speaker: "Alice", theme: { ...presetThemes.paper, customWatermarkText: "@acme" }, logo: { bytes: logoPng("#b45309"), mimeType: "image/png" }, size: "landscape" }));
  });
});
