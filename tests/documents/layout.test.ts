import { describe, expect, it } from "vitest";
import { answerKey, columnWeights, distributeWidths, headingTree, quizNumbering } from "@/lib/documents/render/layout";
import { imageSize, fitBox } from "@/lib/documents/render/image-size";
import { everyBlock } from "../fixtures/documents/every-block";
import { logoPng } from "../fixtures/documents/logo";

describe("shared layout", () => {
  it("numbers quiz questions across the whole document and keys each answer by letter", () => {
    const doc = { title: "Q", blocks: [...everyBlock.blocks.filter((b) => b.type === "quiz"), { type: "quiz" as const, questions: [{ question: "Third?", choices: ["x", "y", "z", "w"], answerIndex: 3 }] }] };
    expect([...quizNumbering(doc).values()]).toEqual([1, 3]);
    expect(answerKey(doc)).toEqual([
      { number: 1, letter: "B", answer: "After every call", explanation: "Said at 0:30." },
      { number: 2, letter: "A", answer: "You", explanation: null },
      { number: 3, letter: "D", answer: "w", explanation: null },
    ]);
  });

  it("nests headings under the nearest higher level", () => {
    const parents: string[] = [];
    const add = headingTree("root");
    for (const [level, name] of [[1, "a"], [2, "b"], [3, "c"], [2, "d"], [3, "e"], [1, "f"], [3, "g"]] as const) add(level, (parent) => (parents.push(`${name}<${parent}`), name));
    expect(parents).toEqual(["a<root", "b<a", "c<b", "d<a", "e<d", "f<root", "g<f"]);
  });

  it("gives long-text columns more width but never less than each minimum, filling the total", () => {
    const w = columnWeights(["Day", "Task"], [["Mon", "A long description of what to do on the first day"]]);
    expect(w[1]).toBeGreaterThan(w[0]);
    expect(w[0] + w[1]).toBeCloseTo(1);
    const widths = distributeWidths(500, [0.9, 0.05, 0.05], [40, 60, 60]);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(500);
    expect(widths[1]).toBeGreaterThanOrEqual(60);
    expect(widths[0]).toBeGreaterThan(widths[1]);
    expect(distributeWidths(100, [0.5, 0.5], [80, 80])).toEqual([50, 50]);
  });

  it("reads a logo's pixel size and fits it without distortion", () => {
    expect(imageSize(logoPng())).toEqual({ width: 240, height: 80 });
    expect(imageSize(new Uint8Array([1, 2, 3]))).toBeNull();
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0, 0, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x32, 0x00, 0x64, 0x03, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(imageSize(jpeg)).toEqual({ width: 100, height: 50 });
    expect(fitBox({ width: 240, height: 80 }, 140, 32)).toEqual({ width: 96, height: 32 });
  });
});
