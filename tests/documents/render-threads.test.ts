import { threadId } from "node:worker_threads";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { renderJobAsset } from "@/lib/assets/render-job-asset";
import { renderThreads, stopRenderThreads } from "@/lib/assets/render-pool";
import { renderPdf } from "@/lib/documents/render/pdf";
import { presetThemes } from "@/lib/themes/model";
import { everyBlock } from "../fixtures/documents/every-block";
import { brand, expectInOrder, run, saveTemp } from "./helpers";

const theme = presetThemes.minimal;
const asset = { type: "sop", content: everyBlock as never };
const card = { type: "quote_card", content: { title: "Quote", blocks: [{ type: "quote", text: "Write down what the customer wants.", speaker: "Alice", start: 41 }] } as never };

describe("render threads", () => {
  afterEach(() => vi.unstubAllEnvs());
  afterAll(() => stopRenderThreads());

  it("draw PDF, Word and PNG files off the calling thread, the same documents the renderers make here", async () => {
    const pdf = await renderJobAsset(asset, "pdf", brand, theme);
    expect(renderThreads()).toHaveLength(1);
    const [thread] = renderThreads();
    expect(thread.worker.threadId).not.toBe(threadId);
    expect(pdf.contentType).toBe("application/pdf");
    expect(pdf.body.length).toBe((await renderPdf(everyBlock, brand)).length);
    expectInOrder(run("pdftotext", [saveTemp("threaded.pdf", pdf.body), "-"]), ["Onboarding SOP", "Purpose", "Answer key"]);

    const docx = await renderJobAsset(asset, "docx", brand, theme);
    expect(docx.body.subarray(0, 2).toString()).toBe("PK");
    const png = await renderJobAsset(card, "png", brand, theme);
    expect(png.body.subarray(1, 4).toString()).toBe("PNG");
    expect(renderThreads()).toEqual([thread]);
  });

  it("keep Markdown on the calling thread", async () => {
    await stopRenderThreads();
    const md = await renderJobAsset(asset, "md", brand, theme);
    expect(md.body.toString()).toMatch(/^# Onboarding SOP/);
    expect(renderThreads()).toHaveLength(0);
  });

  it("share one thread among concurrent files when TALKSMITH_RENDER_THREADS=1, and start more when it allows", async () => {
    await stopRenderThreads();
    await Promise.all([1, 2, 3].map(() => renderJobAsset(asset, "pdf", brand, theme)));
    expect(renderThreads()).toHaveLength(1);
    vi.stubEnv("TALKSMITH_RENDER_THREADS", "2");
    await Promise.all([1, 2, 3].map(() => renderJobAsset(asset, "docx", brand, theme)));
    expect(renderThreads()).toHaveLength(2);
    await stopRenderThreads();
  });

  it("pass a renderer's error to the caller and stay up", async () => {
    await renderJobAsset(asset, "pdf", brand, theme);
    const [thread] = renderThreads();
    await expect(renderJobAsset({ type: "sop", content: { title: "Broken", blocks: null } as never }, "pdf", brand, theme)).rejects.toThrow(/blocks|null|undefined/i);
    expect(renderThreads()).toEqual([thread]);
  });

  it("draw the file here when a thread dies mid-render, then start a new thread", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    await renderJobAsset(asset, "pdf", brand, theme);
    const [dying] = renderThreads();
    const drawing = renderJobAsset(asset, "pdf", brand, theme);
    await dying.worker.terminate();
    const pdf = await drawing;
    expect(pdf.body.subarray(0, 5).toString()).toBe("%PDF-");
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("render thread died"));
    expect(renderThreads()).not.toContain(dying);
    await renderJobAsset(asset, "docx", brand, theme);
    expect(renderThreads()).toHaveLength(1);
    expect(renderThreads()[0]).not.toBe(dying);
    warn.mockRestore();
  });

  it("are off with TALKSMITH_RENDER_THREADS=0: every file is drawn on the calling thread", async () => {
    await stopRenderThreads();
    vi.stubEnv("TALKSMITH_RENDER_THREADS", "0");
    const pdf = await renderJobAsset(asset, "pdf", brand, theme);
    expect(pdf.body.subarray(0, 5).toString()).toBe("%PDF-");
    expect(renderThreads()).toHaveLength(0);
  });
});
