import { describe, expect, it } from "vitest";
import { renderDocx } from "@/lib/documents/render/docx";
import { everyBlock } from "../fixtures/documents/every-block";
import { brand, expectInOrder, run, saveTemp } from "./helpers";

async function unzipped() {
  const file = saveTemp("every.docx", await renderDocx(everyBlock, brand));
  run("unzip", ["-tq", file]);
  const part = (name: string) => run("unzip", ["-p", file, name]);
  return { file, part, names: run("unzip", ["-Z1", file]).split("\n") };
}

/** Paragraph-by-paragraph text and properties of word/document.xml. */
function paragraphs(xml: string) {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const body = m[1] ?? m[2] ?? "";
    return { style: /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1] ?? null, numId: /<w:numId w:val="(\d+)"/.exec(body)?.[1] ?? null, text: [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("") };
  });
}

describe("Word", () => {
  it("uses real Heading 1/2/3 styles for the document's headings", async () => {
    const ps = paragraphs((await unzipped()).part("word/document.xml"));
    const styled = (style: string) => ps.filter((p) => p.style === style).map((p) => p.text);
    expect(styled("Title")).toEqual(["Onboarding SOP"]);
    expect(styled("Heading1")).toEqual(["First week", "Long section", "Answer key"]);
    expect(styled("Heading2")).toEqual(["Purpose", "Procedure", "Final heading"]);
    expect(styled("Heading3")).toEqual(["Key points"]);
  });

  it("makes bullets and steps real Word lists, bulleted and decimal", async () => {
    const { part } = await unzipped();
    const ps = paragraphs(part("word/document.xml"));
    const numbering = part("word/numbering.xml");
    const formatOf = (numId: string) => {
      const abstractId = new RegExp(`<w:num w:numId="${numId}"[^>]*>\\s*<w:abstractNumId w:val="(\\d+)"`).exec(numbering)?.[1];
      return new RegExp(`<w:abstractNum [^>]*w:abstractNumId="${abstractId}"[\\s\\S]*?<w:numFmt w:val="(\\w+)"`).exec(numbering)?.[1];
    };
    for (const bullet of ["Update the success plan after every call", "Never promise unreleased features", "Last bullet"]) {
      const p = ps.find((x) => x.text === bullet);
      expect(p?.numId, bullet).toBeTruthy();
      expect(formatOf(p!.numId!)).toBe("bullet");
    }
    for (const step of ["Request access to the customer portal", "Open the onboarding checklist", "Book a call with your manager"]) {
      const p = ps.find((x) => x.text === step);
      expect(p?.numId, step).toBeTruthy();
      expect(formatOf(p!.numId!)).toBe("decimal");
    }
  });

  it("keeps every block's text in order, checklists as ☐/☑ items and the quiz key at the end", async () => {
    const ps = paragraphs((await unzipped()).part("word/document.xml"));
    const text = ps.map((p) => p.text).join("\n");
    expectInOrder(text, [
      "Purpose", "Request access to the customer portal", "Update the success plan after every call", "☐\tLaptop set up", "☑\tPortal access granted",
      "1. When do you update the success plan?", "A. Monthly", "B. After every call", "2. Who books the first call?",
      "Success plan", "Who approves discounts?", "Monday", "Portal access and a long description", "“Write down what the customer wants.”", "— Alice, 0:41",
      "Questions? Ask in the onboarding channel.", "Paragraph 40:", "Last bullet", "Answer key", "1. B. After every call", "Said at 0:30.", "2. A. You",
    ]);
  });

  it("has a table with a header row and fixed column widths that fill the text width", async () => {
    const xml = (await unzipped()).part("word/document.xml");
    expect(xml).toContain("<w:tblHeader");
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(10);
    expect(Math.abs(grid.reduce((a, b) => a + b, 0) - (11906 - 2880))).toBeLessThanOrEqual(10);
    expect(grid[1]).toBeGreaterThan(grid[0]);
  });

  it("puts the logo and client label in the header and 'Page N of M' with the footer text below", async () => {
    const { part, names } = await unzipped();
    expect(names.some((n) => /^word\/media\/.+\.png$/.test(n))).toBe(true);
    const header = names.find((n) => /^word\/header\d*\.xml$/.test(n))!;
    expect(part(header)).toContain("Prepared for Acme");
    expect(part(header)).toContain("<pic:pic");
    const footer = part(names.find((n) => /^word\/footer\d*\.xml$/.test(n))!);
    expect(footer).toContain("Prepared for Acme · Demo Studio");
    expect(footer).toContain("PAGE");
    expect(footer).toContain("NUMPAGES");
  });
});
