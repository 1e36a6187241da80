import { describe, expect, it } from "vitest";
import { extractBuiltin } from "@/lib/extract/builtin";
import { generateBuiltin } from "@/lib/generate/builtin";
import { UnsupportedLanguageError, type GenerateInput, type GeneratedAsset } from "@/lib/generate/model";
import { assetDocumentSchema, type Block } from "@/lib/documents/model";
import { assetTypes, type AssetType, type KitTemplateSpec, type VoiceProfileSpec } from "@/lib/kits/model";
import { builtinKits } from "@/lib/kits/builtins";
import { transcriptText, type TranscriptData } from "@/lib/transcripts/model";
import { asrTranscript, longTranscript, punctuatedTranscript } from "@/tests/fixtures/transcripts/onboarding-transcripts";
import { procedureOrder } from "@/tests/fixtures/transcripts/onboarding-script";

const everyAsset: KitTemplateSpec = {
  key: "everything",
  name: "Everything",
  description: "One of each asset type",
  category: "Test",
  assets: assetTypes.map((type) => ({ type, title: type.replaceAll("_", " ") })),
};

function generate(transcript: TranscriptData, extra: Partial<GenerateInput> = {}) {
  const input: GenerateInput = { template: everyAsset, transcript, extraction: extractBuiltin(transcript), job: { title: "Customer success onboarding", audience: "new hires" }, outputLanguage: "en", ...extra };
  return { input, assets: generateBuiltin(input) };
}

const ofType = (assets: GeneratedAsset[], type: AssetType) => assets.filter((a) => a.type === type);
const blocksOf = (asset: GeneratedAsset | undefined, type: Block["type"]) => (asset?.content.blocks ?? []).filter((b) => b.type === type);
const strings = (block: Block): string[] => {
  switch (block.type) {
    case "heading":
    case "paragraph":
    case "callout":
    case "quote":
      return [block.text];
    case "bullets":
    case "steps":
      return block.items;
    case "checklist":
      return block.items.map((i) => i.text);
    case "glossary":
      return block.terms.flatMap((t) => [t.term, t.definition]);
    case "faq":
      return block.items.flatMap((i) => [i.question, i.answer]);
    case "quiz":
      return block.questions.flatMap((q) => [q.question, ...q.choices, q.explanation ?? ""]);
    case "table":
      return [...block.columns, ...block.rows.flat()];
  }
};
// Readers see speech without fillers, so compare against the transcript without them too.
const flat = (s: string) => s.toLowerCase().replace(/[^a-z0-9' ]+/g, " ").replace(/\b(um|uh)\b/g, " ").replace(/\s+/g, " ").trim();

describe.each([
  ["punctuated", punctuatedTranscript],
  ["ASR", asrTranscript],
] as const)("built-in generation from the %s walkthrough", (_name, make) => {
  const { input, assets } = generate(make());

  it("writes every asset type as a valid document", () => {
    for (const type of assetTypes) expect(ofType(assets, type).length, type).toBeGreaterThan(0);
    for (const a of assets) {
      expect(() => assetDocumentSchema.parse(a.content)).not.toThrow();
      expect(a.provider).toBe("builtin");
    }
  });

  it("numbers the SOP's procedure steps in the order the walkthrough teaches them", () => {
    const sop = ofType(assets, "sop")[0];
    const steps = blocksOf(sop, "steps")[0];
    expect(steps?.type).toBe("steps");
    const items = steps!.type === "steps" ? steps!.items.map((s) => s.toLowerCase()) : [];
    const positions = procedureOrder.map((milestone) => items.findIndex((s) => s.includes(milestone)));
    expect(positions.every((p) => p >= 0), JSON.stringify({ positions, items })).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const headings = blocksOf(sop, "heading").map((h) => (h.type === "heading" ? h.text : ""));
    expect(headings).toEqual(expect.arrayContaining(["Purpose", "Scope", "Roles", "Procedure", "Tips"]));
  });

  it("gives every role in the SOP a sentence about what it does, not a greeting that only names it", () => {
    const table = blocksOf(ofType(assets, "sop")[0], "table")[0];
    if (table?.type !== "table") throw new Error("no roles table");
    expect(table.rows.length).toBeGreaterThanOrEqual(2);
    for (const [role, duty] of table.rows) {
      expect(duty, role).not.toMatch(/^(welcome|hi|hello|thanks)\b/i);
      expect(duty.toLowerCase().replace(/[.!]$/, ""), role).not.toMatch(new RegExp(`\\b${role.toLowerCase()}$`));
    }
  });

  it("builds a quiz whose marked answer is the phrase the speaker said, and whose distractors are not", () => {
    const quiz = blocksOf(ofType(assets, "quiz")[0], "quiz")[0];
    if (quiz?.type !== "quiz") throw new Error("no quiz block");
    expect(quiz.questions.length).toBeGreaterThanOrEqual(5);
    const spoken = flat(transcriptText(input.transcript.segments));
    for (const q of quiz.questions) {
      expect(q.choices).toHaveLength(4);
      expect(new Set(q.choices.map((c) => c.toLowerCase())).size).toBe(4);
      expect(q.answerIndex).toBeGreaterThanOrEqual(0);
      expect(q.answerIndex).toBeLessThan(q.choices.length);
      const filled = (choice: string) => flat(q.question.replace(/^Complete the sentence: /, "").replace("_____", choice));
      expect(spoken).toContain(filled(q.choices[q.answerIndex]));
      q.choices.forEach((c, i) => i !== q.answerIndex && expect(spoken).not.toContain(filled(c)));
    }
  });

  it("drafts one LinkedIn post per moment, each under 3000 characters with a question and three hashtags", () => {
    const posts = ofType(assets, "linkedin_post");
    expect(posts).toHaveLength(Math.min(15, input.extraction.moments.length));
    for (const post of posts) {
      const text = post.content.blocks.flatMap(strings).join("\n\n");
      expect(text.length).toBeLessThanOrEqual(3000);
      expect(text).toMatch(/\?/);
      expect(text.match(/#[A-Z]\w+/g)?.length).toBe(3);
      expect(post.content.blocks.length).toBeGreaterThanOrEqual(6);
    }
  });

  it("makes one quote card per top quote, with speaker and times", () => {
    const cards = ofType(assets, "quote_card");
    expect(cards.length).toBe(Math.min(10, input.extraction.quotes.length));
    for (const card of cards) {
      const quote = blocksOf(card, "quote")[0];
      if (quote?.type !== "quote") throw new Error("no quote block");
      expect(quote.end!).toBeGreaterThan(quote.start!);
      expect(flat(transcriptText(input.transcript.segments))).toContain(flat(quote.text));
    }
  });

  it("gives every interview question what a strong answer covers and its red flags", () => {
    const blocks = ofType(assets, "interview_questions")[0].content.blocks;
    const questions = blocks.filter((b) => b.type === "heading" && b.level === 2);
    expect(questions.length).toBeGreaterThanOrEqual(3);
    blocks.forEach((b, i) => {
      if (b.type !== "heading" || b.level !== 2) return;
      expect(b.text).toMatch(/[?.]$/);
      expect(blocks[i + 1]).toMatchObject({ type: "heading", text: "What a strong answer covers" });
      expect(blocks[i + 2].type === "bullets" && blocks[i + 2].type === "bullets" && (blocks[i + 2] as { items: string[] }).items.length).toBeGreaterThan(0);
      expect(blocks[i + 3]).toMatchObject({ type: "heading", text: "Red flags" });
      expect((blocks[i + 4] as { items: string[] }).items.length).toBeGreaterThan(0);
    });
    expect(JSON.stringify(blocks).toLowerCase()).toContain("would promise a feature");
  });

  it("writes clean sentences: capitalised, punctuated, no fillers, no duplicated bullets", () => {
    for (const a of assets) {
      for (const b of a.content.blocks) {
        if (b.type === "bullets" || b.type === "steps") {
          expect(new Set(b.items.map((i) => i.toLowerCase())).size, a.type).toBe(b.items.length);
          for (const item of b.items) expect(item, a.type).toMatch(/^[A-Z0-9#“"]/);
        }
        if (b.type === "steps" || b.type === "checklist") for (const s of strings(b)) expect(s, a.type).toMatch(/[.!?]$/);
        for (const s of strings(b)) expect(s, a.type).not.toMatch(/\b(um|uh)\b|\s{2,}| [,.]/);
      }
    }
  });

  it("writes a summary email with a subject, greeting, action items and a sign-off", () => {
    const email = ofType(assets, "summary_email")[0].content.blocks.flatMap(strings);
    expect(email[0]).toMatch(/^Subject: /);
    expect(email).toContain("Hello new hires,");
    const blocks = ofType(assets, "summary_email")[0].content.blocks;
    const next = blocks.find((b) => b.type === "steps");
    if (next?.type !== "steps") throw new Error("no next steps");
    expect(next.items.length).toBeGreaterThanOrEqual(3);
    expect(next.items.length).toBeLessThanOrEqual(8);
    const order = next.items.map((item) => input.extraction.actionItems.indexOf(item));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(email[email.length - 1]).toBe("Best,");
  });

  it("is deterministic", () => {
    expect(generate(make()).assets).toEqual(assets);
  });
});

describe("voice profiles", () => {
  const voice: VoiceProfileSpec = { name: "Client-first", tone: "formal", audience: "account managers", preferWords: ["client"], avoidWords: ["customer"] };
  const { assets } = generate(punctuatedTranscript(), { voice, job: { title: "Customer success onboarding" } });

  it("never lets an avoided word through, and uses the preferred one instead", () => {
    const text = JSON.stringify(assets.map((a) => a.content));
    expect(text).not.toMatch(/customer/i);
    expect(text).toMatch(/client/i);
    expect(ofType(assets, "quote_card").length).toBeGreaterThan(0);
  });

  it("sets greetings and sign-offs by tone", () => {
    const email = ofType(assets, "summary_email")[0].content.blocks.flatMap(strings);
    expect(email).toContain("Dear account managers,");
    expect(email[email.length - 1]).toBe("Kind regards,");
    const friendly = generate(punctuatedTranscript(), { voice: { ...voice, tone: "warm and friendly", avoidWords: [] } });
    const casual = ofType(friendly.assets, "summary_email")[0].content.blocks.flatMap(strings);
    expect(casual).toContain("Hi new hires,");
    expect(casual[casual.length - 1]).toBe("Cheers,");
  });
});

describe("languages and scale", () => {
  it("refuses non-English output with a typed error", () => {
    const transcript = punctuatedTranscript();
    const input: GenerateInput = { template: builtinKits[0], transcript, extraction: extractBuiltin(transcript), job: { title: "x" }, outputLanguage: "de" };
    expect(() => generateBuiltin(input)).toThrow(UnsupportedLanguageError);
    expect(() => generateBuiltin(input)).toThrow(/English only/);
  });

  it("extracts and generates every kit for a 60-minute transcript in well under 10 s", () => {
    const transcript = longTranscript();
    const words = transcript.segments.reduce((n, s) => n + s.text.split(/\s+/).length, 0);
    expect(words).toBeGreaterThan(8500);
    const started = performance.now();
    const extraction = extractBuiltin(transcript);
    const assets = generateBuiltin({ template: everyAsset, transcript, extraction, job: { title: "Long talk" }, outputLanguage: "en" });
    const ms = performance.now() - started;
    console.info(`60-minute transcript (${words} words): extract + ${assets.length} assets in ${Math.round(ms)} ms`);
    expect(extraction.moments.length).toBe(15);
    expect(ofType(assets, "linkedin_post")).toHaveLength(15);
    expect(ms).toBeLessThan(10_000);
  });
});
