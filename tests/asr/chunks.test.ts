// Chunk planning and merging: the pure functions the pipeline's parallel chunk steps rely on.
import { describe, expect, it } from "vitest";
import { planChunks } from "@/lib/media/plan-chunks";
import { mergeChunkSegments } from "@/lib/asr/merge-chunk-segments";
import { parseCtm } from "@/lib/asr/parse-ctm";
import { groupWords } from "@/lib/asr/group-words";
import { mapWithConcurrency } from "@/lib/asr/map-with-concurrency";
import type { Segment } from "@/lib/transcripts/model";

describe("planChunks", () => {
  it("keeps audio shorter than maxSec in one chunk", () => {
    expect(planChunks(80, [{ start: 30, end: 31 }], { targetSec: 60, maxSec: 90 })).toEqual([{ index: 0, start: 0, end: 80 }]);
  });

  it("cuts at the middle of the pause nearest the target", () => {
    const silences = [
      { start: 40, end: 41 },
      { start: 58, end: 59 },
      { start: 70, end: 71 },
      { start: 119, end: 121 },
    ];
    expect(planChunks(200, silences, { targetSec: 60, maxSec: 90 })).toEqual([
      { index: 0, start: 0, end: 58.5 },
      { index: 1, start: 58.5, end: 120 },
      { index: 2, start: 120, end: 200 },
    ]);
  });

  it("cuts at the target when no pause is in reach, and never exceeds maxSec", () => {
    const chunks = planChunks(300, [], { targetSec: 60, maxSec: 90 });
    expect(chunks.map((c) => c.end - c.start)).toEqual([60, 60, 60, 60, 60]);
    const some = planChunks(1000, [{ start: 10, end: 11 }, { start: 500, end: 501 }], { targetSec: 60, maxSec: 90 });
    for (const c of some) expect(c.end - c.start).toBeLessThanOrEqual(90);
  });

  it("covers [0, duration) without gaps or overlaps, in order", () => {
    const silences = Array.from({ length: 50 }, (_, i) => ({ start: i * 13.7 + 3, end: i * 13.7 + 3.6 }));
    const chunks = planChunks(687.3, silences, { targetSec: 60, maxSec: 90 });
    expect(chunks[0].start).toBe(0);
    expect(chunks[chunks.length - 1].end).toBe(687.3);
    chunks.forEach((c, i) => {
      expect(c.index).toBe(i);
      expect(c.end).toBeGreaterThan(c.start);
      if (i > 0) expect(c.start).toBe(chunks[i - 1].end);
    });
  });

  it("does not leave a sliver at the end, and plans nothing for empty audio", () => {
    const chunks = planChunks(90.5, [{ start: 89.8, end: 90.2 }], { targetSec: 60, maxSec: 90 });
    expect(chunks[chunks.length - 1].end - chunks[chunks.length - 1].start).toBeGreaterThan(15);
    expect(planChunks(0, [], { targetSec: 60, maxSec: 90 })).toEqual([]);
  });
});

const seg = (start: number, end: number, words: [string, number, number][]): Segment => ({
  start,
  end,
  text: words.map((w) => w[0]).join(" "),
  speaker: null,
  words: words.map(([text, s, e]) => ({ text, start: s, end: e, confidence: 0.9 })),
});

describe("mergeChunkSegments", () => {
  it("shifts each chunk's times by the chunk start, whatever order the chunks finished in", () => {
    const merged = mergeChunkSegments([
      { chunk: { start: 60, end: 120 }, segments: [seg(1, 2, [["second", 1, 2]])] },
      { chunk: { start: 0, end: 60 }, segments: [seg(0.5, 3, [["first", 0.5, 1], ["words", 1.2, 3]])] },
    ]);
    expect(merged.map((s) => [s.start, s.end, s.text])).toEqual([
      [0.5, 3, "first words"],
      [61, 62, "second"],
    ]);
    expect(merged[1].words[0]).toMatchObject({ text: "second", start: 61, end: 62, confidence: 0.9 });
  });

  it("keeps times monotonic and inside each chunk even when an engine overshoots", () => {
    const merged = mergeChunkSegments([
      { chunk: { start: 0, end: 10 }, segments: [seg(8, 11, [["late", 9.5, 11]]), seg(7, 8, [["early", 7, 8]])] },
      { chunk: { start: 10, end: 20 }, segments: [seg(0, 1, [["next", 0, 1]])] },
    ]);
    const words = merged.flatMap((s) => s.words);
    for (let i = 0; i < words.length; i++) {
      expect(words[i].end).toBeGreaterThanOrEqual(words[i].start);
      if (i > 0) expect(words[i].start).toBeGreaterThanOrEqual(words[i - 1].start);
    }
    expect(words[0].end).toBeLessThanOrEqual(10);
  });
});

describe("pocketsphinx output", () => {
  it("parses CTM words with utterance offsets, dropping sentence marks, silence, noises and variant numbers", () => {
    const ctm = ["u0 1 0.00 0.20 <s> 1.000", "u0 1 0.20 0.30 welcome 0.950", "u0 1 0.50 0.20 <sil> 1.000", "u0 1 0.70 0.30 [NOISE] 0.5", "u0 1 1.00 0.40 read(2) 0.800", "u1 1 0.10 0.50 team 0.700", "u1 1 0.60 0.10 </s> 1.0", "u1 1 0.7 0.2 ++BREATH++ 1.0"].join("\n");
    expect(parseCtm(ctm, new Map([["u0", 0], ["u1", 20]]))).toEqual([
      { text: "welcome", start: 0.2, end: 0.5, confidence: 0.95 },
      { text: "read", start: 1, end: 1.4, confidence: 0.8 },
      { text: "team", start: 20.1, end: 20.6, confidence: 0.7 },
    ]);
  });

  it("groups words into segments at pauses", () => {
    const words = [
      { text: "a", start: 0, end: 0.3, confidence: 1 },
      { text: "b", start: 0.4, end: 0.7, confidence: 1 },
      { text: "c", start: 2, end: 2.3, confidence: 1 },
    ];
    expect(groupWords(words).map((s) => s.text)).toEqual(["a b", "c"]);
  });
});

describe("mapWithConcurrency", () => {
  it("runs at most `limit` at once and keeps the order", async () => {
    let running = 0;
    let peak = 0;
    const out = await mapWithConcurrency([5, 1, 4, 2, 3], 2, async (n) => {
      peak = Math.max(peak, ++running);
      await new Promise((r) => setTimeout(r, n * 3));
      running--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30]);
    expect(peak).toBe(2);
  });
});
