import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "vitest";
import type { Brand } from "@/lib/documents/model";
import { logoPng } from "../fixtures/documents/logo";

export const brand: Brand = { name: "Demo Studio", clientLabel: "Prepared for Acme", accentColor: "#b45309", footer: "Demo Studio", logo: { bytes: logoPng("#b45309"), mimeType: "image/png" } };

const tmp = mkdtempSync(path.join(os.tmpdir(), "ts-docs-"));

export function saveTemp(name: string, body: Buffer): string {
  const file = path.join(tmp, name);
  writeFileSync(file, body);
  return file;
}

export const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { maxBuffer: 1 << 26 }).toString();

export const pageCount = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [pdf]))![1]);

/** Every needle appears, each after the previous one. */
export function expectInOrder(haystack: string, needles: string[]) {
  let at = 0;
  for (const n of needles) {
    const found = haystack.indexOf(n, at);
    expect(found, `"${n}" missing or out of order (searching from ${at})`).toBeGreaterThanOrEqual(0);
    at = found + n.length;
  }
}

/** pdftotext -bbox words: page size and each word's box. */
export function pdfWords(pdf: string) {
  const html = run("pdftotext", ["-bbox", pdf, "-"]);
  const pages = [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)];
  return pages.map((p) => ({
    width: Number(p[1]),
    height: Number(p[2]),
    words: [...p[3].matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({ xMin: Number(w[1]), yMin: Number(w[2]), xMax: Number(w[3]), yMax: Number(w[4]), text: w[5] })),
  }));
}
