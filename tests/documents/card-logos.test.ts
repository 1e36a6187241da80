import { mkdirSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderJobAsset } from "@/lib/assets/render-job-asset";
import { stopRenderThreads } from "@/lib/assets/render-pool";
import { renderQuoteCard } from "@/lib/cards/render-quote-card";
import { defaultBrand, type Brand } from "@/lib/documents/model";
import { presetThemes, type ThemeFields } from "@/lib/themes/model";
import { logoPng } from "../fixtures/documents/logo";

const card = { type: "quote_card", content: { title: "Quote", blocks: [{ type: "quote", text: "Write down what the customer wants, every single time.", speaker: "Maya", start: 41 }] } as never };
const direct = (logo: Brand["logo"], theme: ThemeFields = presetThemes.minimal) => renderQuoteCard({ quote: "Write down what the customer wants, every single time.", speaker: "Maya", timestamp: "0:41", theme, logo });

describe("quote card logos", () => {
  const requests: { path: string; accept?: string }[] = [];
  const themeLogo = logoPng("#dc2626");
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push({ path: req.url ?? "", accept: req.headers.accept });
      if (req.url === "/logo.png") return res.writeHead(200, { "Content-Type": "image/png" }).end(themeLogo);
      if (req.url === "/page") return res.writeHead(200, { "Content-Type": "text/html" }).end("<html>not a logo</html>");
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.close();
    await stopRenderThreads();
  });

  it("show a theme's remote logo, fetched once through the guarded fetcher for every card that uses it", async () => {
    const theme = { ...presetThemes.minimal, logoUrl: `${base}/logo.png` };
    const png = await renderJobAsset(card, "png", defaultBrand, theme);
    expect(png.body.equals(await direct({ bytes: themeLogo, mimeType: "image/png" }, theme))).toBe(true);
    expect(png.body.equals(await direct(null, theme))).toBe(false);
    mkdirSync("artifacts/documents", { recursive: true });
    writeFileSync("artifacts/documents/card-remote-logo.png", png.body);
    await renderJobAsset(card, "png", defaultBrand, theme);
    expect(requests.filter((r) => r.path === "/logo.png")).toEqual([{ path: "/logo.png", accept: "image/png, image/jpeg" }]);
  });

  it("fall back to the brand's logo when the theme has none, or its link is not an image", async () => {
    const brandLogo = logoPng("#16a34a");
    const brand: Brand = { ...defaultBrand, logo: { bytes: brandLogo, mimeType: "image/png" } };
    const withBrand = await direct({ bytes: brandLogo, mimeType: "image/png" });
    expect((await renderJobAsset(card, "png", brand, presetThemes.minimal)).body.equals(withBrand)).toBe(true);
    for (const path of ["/page", "/missing.png"]) {
      const theme = { ...presetThemes.minimal, logoUrl: `${base}${path}` };
      expect((await renderJobAsset(card, "png", brand, theme)).body.equals(await direct({ bytes: brandLogo, mimeType: "image/png" }, theme)), path).toBe(true);
    }
  });

  it("never fetch a link-local or metadata address: the card is drawn without that logo", async () => {
    const theme = { ...presetThemes.minimal, logoUrl: "http://169.254.169.254/latest/meta-data/logo.png" };
    const png = await renderJobAsset(card, "png", defaultBrand, theme);
    expect(png.body.equals(await direct(null, theme))).toBe(true);
  });
});
