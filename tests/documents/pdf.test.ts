import { mkdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderPdf } from "@/lib/documents/render/pdf";
import { everyBlock, everyBlockHeadings } from "../fixtures/documents/every-block";
import { typicalAsset, typicalHeadings } from "../fixtures/documents/typical-asset";
import { wideTable } from "../fixtures/documents/wide-table";
import { brand, expectInOrder, pageCount, pdfWords, run, saveTemp } from "./helpers";

const squash = (s: string) => s.replace(/\s+/g, " ");

describe("PDF", () => {
  it("has selectable text with every heading, bullet, step, choice and answer in reading order", async () => {
    const file = saveTemp("every.pdf", await renderPdf(everyBlock, brand));
    const text = squash(run("pdftotext", [file, "-"]));
    expectInOrder(text, [
      "Onboarding SOP", "First week", "Purpose", "This procedure explains", "Procedure",
      "1. Request access", "2. Open the onboarding checklist", "3. Book a call",
      "Key points", "• Update the success plan after every call", "• Never promise unreleased features",
      "Laptop set up", "Portal access granted",
      "1. When do you update the success plan?", "A. Monthly", "B. After every call", "C. Never", "2. Who books the first call?", "A. You",
      "Success plan", "Who approves discounts?", "Monday", "must wrap", "Write down what the customer wants", "— Alice, 0:41",
      "Questions? Ask in the onboarding channel.", "Long section", "Paragraph 1:", "Paragraph 40:", "Final heading", "• Last bullet",
      "Answer key", "1. B. After every call", "Said at 0:30.", "2. A. You",
    ]);
    expectInOrder(text, everyBlockHeadings);
  });

  it("numbers every page 'Page N of M' beside the brand footer, with the client label in the header", async () => {
    const file = saveTemp("every.pdf", await renderPdf(everyBlock, brand));
    const pages = pageCount(file);
    expect(pages).toBeGreaterThanOrEqual(3);
    for (let p = 1; p <= pages; p++) {
      const text = squash(run("pdftotext", ["-f", String(p), "-l", String(p), file, "-"]));
      expect(text).toContain(`Page ${p} of ${pages}`);
      expect(text).toContain("Prepared for Acme · Demo Studio");
      expect(text).toContain("Prepared for Acme");
    }
  });

  it("has a bookmark outline with headings nested under their parents", async () => {
    const pdf = await renderPdf(everyBlock, brand);
    const raw = pdf.toString("latin1");
    expect(raw).toMatch(/\/Type \/Catalog[\s\S]*\/Outlines \d+ 0 R/);
    for (const h of ["Onboarding SOP", ...everyBlockHeadings, "Answer key"]) expect(raw, h).toContain(`/Title (${h})`);
    // "Purpose" (H2) hangs under "First week" (H1): its /Parent is First week's object.
    const objectOf = (title: string) => new RegExp(`(\\d+) 0 obj\\s*<<[^>]*?/Title \\(${title}\\)`).exec(raw)?.[1];
    const purpose = new RegExp(`<<[^>]*?/Title \\(Purpose\\)[^>]*>>`).exec(raw)?.[0] ?? "";
    const firstWeek = objectOf("First week");
    expect(firstWeek).toBeDefined();
    expect(purpose).toContain(`/Parent ${firstWeek} 0 R`);
  });

  it("paginates a typical asset without leaving a heading at the foot of a page", async () => {
    const file = saveTemp("typical.pdf", await renderPdf(typicalAsset, brand));
    const pages = pageCount(file);
    expect(pages).toBeGreaterThanOrEqual(5);
    expectInOrder(squash(run("pdftotext", [file, "-"])), typicalHeadings);
    const headings = new Set(typicalHeadings);
    for (let p = 1; p <= pages; p++) {
      const lines = run("pdftotext", ["-f", String(p), "-l", String(p), "-layout", file, "-"]).split("\n").map((l) => l.trim()).filter(Boolean);
      const body = lines.filter((l) => !l.includes(`Page ${p} of`));
      expect(headings.has(body[body.length - 1]), `page ${p} ends with heading "${body[body.length - 1]}"`).toBe(false);
    }
  });

  it("keeps every word of a 12-column table with an unbroken URL and a page-long cell inside the margins", async () => {
    const file = saveTemp("wide.pdf", await renderPdf(wideTable, brand));
    const pages = pdfWords(file);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) {
      for (const w of page.words) {
        expect(w.xMax, `"${w.text}" runs past the right margin`).toBeLessThanOrEqual(page.width - 56 + 0.5);
        expect(w.yMax, `"${w.text}" runs past the bottom`).toBeLessThanOrEqual(page.height - 30);
      }
    }
    const text = squash(run("pdftotext", [file, "-"]));
    expectInOrder(text, ["word0", "word100", "word259", "after 1", "After the table."]);
    // The header row repeats on the page the long cell continues on.
    expect(squash(run("pdftotext", ["-f", "2", "-l", "2", file, "-"]))).toContain("Column 12");
  });

  it("sets names and notes in any European, Cyrillic, Greek or Vietnamese script, with arrows and signs", async () => {
    const lines = ["Łódź → Kraków: Zażółć gęślą jaźń", "Žluťoučký kůň · Ærøskøbing · Ğüşiöç", "Жанна и Ωμέγα", "Tiếng Việt có dấu", "Done ✓ · 5 × 3 ≥ 12 · €40 · “quoted” … — fin"];
    const file = saveTemp("scripts.pdf", await renderPdf({ title: "Überblick — Łódź", blocks: [{ type: "heading", level: 2, text: "Ελληνικά → Русский" }, { type: "bullets", items: lines }] }, brand));
    const text = squash(run("pdftotext", [file, "-"]));
    expectInOrder(text, ["Überblick — Łódź", "Ελληνικά → Русский", ...lines]);
  });

  it("saves page 1 as a picture to look at", async () => {
    const file = saveTemp("sample.pdf", await renderPdf(everyBlock, brand));
    mkdirSync("artifacts/documents", { recursive: true });
    run("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", file, "artifacts/documents/sample-page1"]);
    run("pdftoppm", ["-png", "-r", "60", "-f", "2", "-l", "2", "-singlefile", saveTemp("wide.pdf", await renderPdf(wideTable, brand)), "artifacts/documents/wide-table-page2"]);
  });
});
