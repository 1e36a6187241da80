import { describe, expect, it } from "vitest";
import { extractBuiltin } from "@/lib/extract/builtin";
import { extractionSchema } from "@/lib/extract/model";
import { transcriptText, type TranscriptData } from "@/lib/transcripts/model";
import { asrTranscript, punctuatedTranscript } from "@/tests/fixtures/transcripts/onboarding-transcripts";
import { definedTerms } from "@/tests/fixtures/transcripts/onboarding-script";

const cases: [string, () => TranscriptData][] = [
  ["a punctuated import", punctuatedTranscript],
  ["unpunctuated lowercase ASR output with word timings", asrTranscript],
];

describe.each(cases)("built-in extraction of %s", (_name, make) => {
  const transcript = make();
  const extraction = extractBuiltin(transcript);
  const text = transcriptText(transcript.segments);

  it("matches the extraction schema", () => {
    expect(() => extractionSchema.parse(extraction)).not.toThrow();
  });

  it("finds quotable lines that are verbatim substrings with start < end inside the recording", () => {
    expect(extraction.quotes.length).toBeGreaterThanOrEqual(6);
    for (const q of extraction.quotes) {
      expect(text).toContain(q.text);
      expect(q.start).toBeGreaterThanOrEqual(0);
      expect(q.end).toBeGreaterThan(q.start);
      expect(q.end).toBeLessThanOrEqual(transcript.durationSec);
      const n = q.text.split(/\s+/).length;
      expect(n).toBeGreaterThanOrEqual(8);
      expect(n).toBeLessThanOrEqual(40);
    }
    expect(new Set(extraction.quotes.map((q) => q.text.toLowerCase())).size).toBe(extraction.quotes.length);
  });

  it("times each quote by the words it contains", () => {
    const rule = extraction.quotes.find((q) => /never promise a feature/i.test(q.text));
    expect(rule).toBeDefined();
    const segment = transcript.segments.find((s) => s.text.includes(rule!.text))!;
    expect(rule!.start).toBeGreaterThanOrEqual(segment.start - 0.01);
    expect(rule!.end).toBeLessThanOrEqual(segment.end + 0.01);
  });

  it("orders moments in time without overlaps, at most 15, each with a title and a summary", () => {
    const { moments } = extraction;
    expect(moments.length).toBeGreaterThanOrEqual(4);
    expect(moments.length).toBeLessThanOrEqual(15);
    moments.forEach((m, i) => {
      expect(m.end).toBeGreaterThan(m.start);
      expect(m.title.split(/\s+/).length).toBeLessThanOrEqual(8);
      expect(m.summary).toMatch(/^[A-Z].*[.!?]$/s);
      if (i > 0) expect(m.start).toBeGreaterThanOrEqual(moments[i - 1].end);
    });
    expect(new Set(moments.map((m) => m.title)).size).toBe(moments.length);
  });

  it("puts every term the walkthrough defines in the glossary, with the speaker's definition", () => {
    const terms = extraction.glossary.map((g) => g.term.toLowerCase());
    for (const term of definedTerms) expect(terms).toContain(term.toLowerCase());
    const plan = extraction.glossary.find((g) => g.term.toLowerCase() === "success plan")!;
    expect(plan.definition.toLowerCase()).toContain("one");
    expect(plan.definition.toLowerCase()).toContain("document");
    const churn = extraction.glossary.find((g) => g.term.toLowerCase() === "churn")!;
    expect(churn.definition.toLowerCase()).toContain("cancelling");
  });

  it("rewrites instructions as tasks, in spoken order", () => {
    const items = extraction.actionItems.map((a) => a.toLowerCase());
    const at = (needle: string) => items.findIndex((a) => a.includes(needle));
    expect(at("update the health score every friday")).toBeGreaterThan(at("book a kickoff call"));
    expect(at("send a summary email")).toBeGreaterThan(at("update the health score"));
    expect(at("never promise a feature")).toBeGreaterThan(-1);
    for (const a of extraction.actionItems) {
      expect(a).toMatch(/^[A-Z]/);
      expect(a).not.toMatch(/^(you should|make sure you|so|and|first|second|third|finally)\b/i);
    }
  });

  it("finds the questions asked, each with the answer that follows", () => {
    const qbr = extraction.questions.find((q) => /how long should a qbr take/i.test(q.question));
    expect(qbr?.answer?.toLowerCase()).toContain("forty");
    expect(qbr?.question).toMatch(/\?$/);
    const discount = extraction.questions.find((q) => /discount/i.test(q.question));
    expect(discount?.answer?.toLowerCase()).toContain("account executive");
    expect(extraction.questions.length).toBeGreaterThanOrEqual(6);
  });

  it("ranks the walkthrough's real subjects among its topics", () => {
    const labels = extraction.topics.map((t) => t.label.toLowerCase());
    expect(labels).toContain("success plan");
    expect(labels).toContain("health score");
    expect(extraction.topics[0].weight).toBe(1);
  });

  it("is deterministic", () => {
    expect(extractBuiltin(make())).toEqual(extraction);
  });
});

describe("ASR clean-up", () => {
  it("never lets fillers or lowercase sentence starts into what readers see", () => {
    const extraction = extractBuiltin(asrTranscript());
    const shown = [...extraction.moments.map((m) => m.summary), ...extraction.glossary.map((g) => g.definition), ...extraction.actionItems];
    for (const s of shown) {
      expect(s).not.toMatch(/\b(um|uh)\b/);
      expect(s).toMatch(/^[A-Z0-9“"]/);
      expect(s).toMatch(/[.!?…]$/);
    }
  });

  it("returns an empty extraction for an empty transcript", () => {
    const empty = extractBuiltin({ language: "en", provider: "import", durationSec: 0, segments: [] });
    expect(empty).toEqual({ moments: [], quotes: [], topics: [], glossary: [], actionItems: [], questions: [] });
  });
});
