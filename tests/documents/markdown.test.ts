import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/documents/render/markdown";
import { renderAsset } from "@/lib/documents/render/render-asset";
import { everyBlock, everyBlockHeadings } from "../fixtures/documents/every-block";
import { brand } from "./helpers";

describe("Markdown", () => {
  const md = renderMarkdown(everyBlock);

  it("has one # title and the document's headings one level down, in order", () => {
    const headings = md.split("\n").filter((l) => /^#{1,6} /.test(l));
    expect(headings).toEqual(["# Onboarding SOP", "## First week", "### Purpose", "### Procedure", "#### Key points", "## Long section", "### Final heading", "## Answer key"]);
    expect(headings.slice(1, -1).map((h) => h.replace(/^#+ /, ""))).toEqual(everyBlockHeadings);
  });

  it("writes lists, task lists, a table, quotes and the quiz key", () => {
    expect(md).toContain("1. Request access to the customer portal\n2. Open the onboarding checklist\n3. Book a call with your manager");
    expect(md).toContain("- Update the success plan after every call\n- Never promise unreleased features");
    expect(md).toContain("- [ ] Laptop set up\n- [x] Portal access granted");
    expect(md).toContain("| Day | Task | Owner | Notes | Status | Due | Channel | Reviewer | Priority | Link |\n| --- |");
    expect(md).toContain("| Tuesday | Shadow two customer calls | CSM lead |  | Open | Day 2 |  |  |  |  |");
    expect(md).toContain("> Write down what the customer wants.\n>\n> — Alice, 0:41");
    expect(md).toContain("**1. When do you update the success plan?**\n\n- A. Monthly\n- B. After every call\n- C. Never");
    expect(md).toContain("## Answer key\n\n1. B. After every call — Said at 0:30.\n2. A. You\n");
  });

  it("keeps text that merely looks like Markdown as text", () => {
    const out = renderMarkdown({ title: "T", blocks: [{ type: "paragraph", text: "# not a heading\n1. not a list\na | b" }, { type: "table", columns: ["a|b"], rows: [["x\ny"]] }] });
    expect(out).toContain("\\# not a heading  \n\\1. not a list");
    expect(out).toContain("| a\\|b |");
    expect(out).toContain("| x<br>y |");
  });

  it("is what renderAsset serves as text/markdown", async () => {
    const asset = await renderAsset(everyBlock, "md", brand);
    expect(asset).toMatchObject({ contentType: "text/markdown; charset=utf-8", extension: "md" });
    expect(asset.body.toString("utf8")).toBe(md);
    expect((await renderAsset(everyBlock, "pdf", brand)).body.subarray(0, 5).toString()).toBe("%PDF-");
    expect((await renderAsset(everyBlock, "docx", brand)).body.subarray(0, 2).toString()).toBe("PK");
  });
});
