import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderPdf } from "@/lib/documents/render/pdf";
import { renderDocx } from "@/lib/documents/render/docx";
import { renderMarkdown } from "@/lib/documents/render/markdown";
import { renderQuoteCard } from "@/lib/cards/render-quote-card";
import { presetThemes } from "@/lib/themes/model";
import { everyBlock } from "../fixtures/documents/every-block";

const brand = { name: "Demo Studio", clientLabel: "Prepared for Acme", accentColor: "#b45309", footer: "Demo Studio" };
const tmp = mkdtempSync(path.join(os.tmpdir(), "ts-docs-"));

function inOrder(haystack: string, needles: string[]) {
  let at = 0;
  for (const n of needles) {
    const found = haystack.indexOf(n, at);
    expect(found, `"${n}" missing or out of order`).toBeGreaterThanOrEqual(0);
    at = found + n.length;
  }
}

describe("PDF", () => {
  it("has selectable text with every heading and bullet in order, page numbers, bookmarks, and a page to look at", async () => {
    const pdf = await renderPdf(everyBlock, brand);
    const file = path.join(tmp, "sample.pdf");
    writeFileSync(file, pdf);
    const text = execFileSync("pdftotext", ["-layout", file, "-"]).toString().replace(/\s+/g, " ");
    inOrder(text, ["Onboarding SOP", "Purpose", "This procedure explains", "Procedure", "1. Request access", "2. Open the onboarding checklist", "Key points", "Update the success plan after every call", "Laptop set up", "When do you update", "B. After every call", "Success plan", "Who approves discounts?", "must wrap inside", "Write down what the customer wants", "Long section", "Paragraph 40", "Final heading", "Last bullet", "Answer key", "1. B. After every call"]);
    const info = execFileSync("pdfinfo", [file]).toString();
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(pdf.toString("latin1")).toContain("/Outlines");
    // No line may run past the right margin: pdftotext -bbox would show it; the wrapped cell proves wrapping.
    expect(text).toContain("Prepared for Acme");
    mkdirSync("artifacts/documents", { recursive: true });
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", file, "artifacts/documents/sample-page"]);
  });
});

describe("DOCX", () => {
  it("unzips to a document.xml with Heading styles, real lists and every bullet", async () => {
    const file = path.join(tmp, "sample.docx");
    writeFileSync(file, await renderDocx(everyBlock, brand));
    execFileSync("unzip", ["-t", file]);
    const xml = execFileSync("unzip", ["-p", file, "word/document.xml"]).toString();
    expect(xml).toContain('w:val="Heading2"');
    expect(xml).toContain('w:val="Heading3"');
    expect(xml).toContain("<w:numPr>");
    const text = xml.replace(/<[^>]+>/g, "");
    inOrder(text, ["Onboarding SOP", "Purpose", "Request access to the customer portal", "Book a call with your manager", "Update the success plan after every call", "Never promise unreleased features", "Laptop set up", "Success plan", "Who approves discounts?", "Monday", "Write down what the customer wants", "Last bullet", "Answer key"]);
    const footer = execFileSync("unzip", ["-p", file, "word/footer1.xml"]).toString();
    expect(footer).toContain("NUMPAGES");
  });
});

describe("Markdown", () => {
  it("round-trips headings, lists, task lists, tables and quotes", () => {
    const md = renderMarkdown(everyBlock);
    expect(md.startsWith("# Onboarding SOP\n")).toBe(true);
    expect(md).toContain("## Purpose");
    expect(md).toContain("#### Key points");
    expect(md).toContain("1. Request access to the customer portal\n2. Open the onboarding checklist");
    expect(md).toContain("- Update the success plan after every call");
    expect(md).toContain("- [ ] Laptop set up\n- [x] Portal access granted");
    expect(md).toContain("| Day | Task | Owner | Notes | Status | Due |");
    expect(md).toContain("> Write down what the customer wants.");
    expect(md).toContain("## Answer key\n\n1. B. After every call");
    const headings = md.split("\n").filter((l) => /^#{1,6} /.test(l)).map((l) => l.replace(/^#+ /, ""));
    expect(headings).toEqual(["Onboarding SOP", "Purpose", "Procedure", "Key points", "Long section", "Final heading", "Answer key"]);
  });
});

describe("quote cards", () => {
  it("render at the requested size and change with the theme", async () => {
    const a = await renderQuoteCard({ quote: "Write down what the customer wants.", speaker: "Alice", timestamp: "0:41", theme: presetThemes.minimal });
    const b = await renderQuoteCard({ quote: "Write down what the customer wants.", speaker: "Alice", timestamp: "0:41", theme: { ...presetThemes.minimal, backgroundColor: "#000000", textColor: "#ffffff" } });
    expect(a.readUInt32BE(16)).toBe(1080);
    expect(a.readUInt32BE(20)).toBe(1080);
    expect(a.equals(b)).toBe(false);
    const wide = await renderQuoteCard({ quote: "Short.", theme: presetThemes.midnight, size: "landscape" });
    expect(wide.readUInt32BE(16)).toBe(1920);
    mkdirSync("artifacts/documents", { recursive: true });
    for (const [name, theme] of Object.entries(presetThemes)) writeFileSync(`artifacts/documents/card-${name}.png`, await renderQuoteCard({ quote: "The most important habit is to write down what the customer wants, every single time.", speaker: "Alice", timestamp: "0:41", theme }));
  });
});
