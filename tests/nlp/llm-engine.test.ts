// Contract test for the OpenAI-compatible engine against a local server that checks what the
// real API would receive, then answers (a) valid output, (b) invalid JSON, (c) HTTP 500.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { openAiCompatibleEngine } from "@/lib/ai/openai-compatible-engine";
import { getKitEngine } from "@/lib/ai/get-kit-engine";
import { extractBuiltin } from "@/lib/extract/builtin";
import type { Extraction } from "@/lib/extract/model";
import type { AssetDocument } from "@/lib/documents/model";
import { builtinKits } from "@/lib/kits/builtins";
import { transcriptText } from "@/lib/transcripts/model";
import { punctuatedTranscript } from "@/tests/fixtures/transcripts/onboarding-transcripts";

type Mode = "valid" | "invalid-json" | "error";
interface Seen {
  method: string;
  path: string;
  auth: string | undefined;
  body: {
    model: string;
    messages: { role: string; content: string }[];
    response_format: { type: string; json_schema: { name: string; schema: { type?: string; properties?: Record<string, unknown> } } };
  };
}

const transcript = punctuatedTranscript();
const verbatim = transcript.segments.find((s) => s.text.includes("Never promise a feature"))!;
const llmExtraction: Extraction = {
  moments: [
    { title: "Tools", summary: "Relay holds every account.", start: 30, end: 60, score: 1 },
    { title: "Vocabulary", summary: "The words the team uses.", start: 0, end: 29, score: 1 },
  ],
  quotes: [
    { text: "Never promise a feature to a customer before you check with the product team.", start: verbatim.start, end: verbatim.end, speaker: "Maya", score: 1 },
    { text: "Don't ever promise features you can't deliver.", start: 10, end: 12, speaker: "Maya", score: 1 },
  ],
  topics: [{ label: "customer success", weight: 1 }],
  glossary: [{ term: "Churn", definition: "A customer cancelling." }],
  actionItems: ["Update the health score every Friday."],
  questions: [{ question: "Is there a template for the agenda?", answer: "Yes.", start: 500 }],
};
const doc = (title: string): AssetDocument => ({ title, blocks: [{ type: "paragraph", text: `Written by the model: ${title}` }, { type: "quote", text: "A paraphrase nobody said.", speaker: "Maya" }] });

let server: Server;
let baseUrl: string;
let mode: Mode = "valid";
const seen: Seen[] = [];

async function readBody(req: IncomingMessage) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8")) as Seen["body"];
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const body = await readBody(req);
    seen.push({ method: req.method ?? "", path: req.url ?? "", auth: req.headers.authorization, body });
    if (mode === "error") {
      res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "boom" } }));
      return;
    }
    const name = body.response_format.json_schema.name;
    const content = mode === "invalid-json" ? "{ this is not json" : JSON.stringify(name === "extraction" ? llmExtraction : { documents: [doc("Model SOP")] });
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id: "chatcmpl-1", object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }] }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen.length = 0;
  mode = "valid";
});

const engine = () => openAiCompatibleEngine({ baseUrl, apiKey: "sk-test", model: "test-model", timeoutMs: 5_000 });
const onboarding = builtinKits.find((k) => k.key === "onboarding_kit")!;

describe("OpenAI-compatible engine", () => {
  it("sends what the real API expects: path, bearer key, model, json_schema response_format, system and user messages", async () => {
    await engine().extract(transcript);
    expect(seen).toHaveLength(1);
    const [request] = seen;
    expect(request.method).toBe("POST");
    expect(request.path).toBe("/v1/chat/completions");
    expect(request.auth).toBe("Bearer sk-test");
    expect(request.body.model).toBe("test-model");
    expect(request.body.response_format.type).toBe("json_schema");
    expect(request.body.response_format.json_schema.name).toBe("extraction");
    const schema = request.body.response_format.json_schema.schema;
    expect(schema.type).toBe("object");
    expect(Object.keys(schema.properties ?? {})).toEqual(expect.arrayContaining(["moments", "quotes", "topics", "glossary", "actionItems", "questions"]));
    expect(request.body.messages.map((m) => m.role)).toEqual(["system", "user"]);
    expect(request.body.messages[0].content).toMatch(/verbatim|character for character/i);
    expect(request.body.messages[1].content).toContain("Never promise a feature to a customer");
  });

  it("(a) uses a valid answer, keeps only verbatim quotes and orders moments", async () => {
    const { provider, extraction } = await engine().extract(transcript);
    expect(provider).toBe("openai");
    expect(extraction.quotes.map((q) => q.text)).toEqual(["Never promise a feature to a customer before you check with the product team."]);
    for (const q of extraction.quotes) expect(transcriptText(transcript.segments)).toContain(q.text);
    expect(extraction.moments.map((m) => m.title)).toEqual(["Vocabulary", "Tools"]);
    expect(extraction.glossary).toEqual(llmExtraction.glossary);
  });

  it("(a) generates each asset of the kit with one call, drops quote blocks that are not verbatim, and labels the provider", async () => {
    const input = { template: onboarding, transcript, extraction: llmExtraction, job: { title: "Onboarding", audience: "new hires" }, outputLanguage: "es" };
    const { provider, assets } = await engine().generate(input);
    expect(provider).toBe("openai");
    expect(seen).toHaveLength(onboarding.assets.length);
    expect(seen.every((s) => s.body.response_format.json_schema.name === "documents")).toBe(true);
    expect(seen[0].body.messages[0].content).toContain('"es"');
    expect(assets.map((a) => a.type)).toEqual(onboarding.assets.map((a) => a.type));
    for (const a of assets) {
      expect(a.provider).toBe("openai");
      expect(a.content.blocks.some((b) => b.type === "quote")).toBe(false);
    }
  });

  it("(b) falls back to the built-in engine when the answer is not JSON", async () => {
    mode = "invalid-json";
    const { provider, extraction } = await engine().extract(transcript);
    expect(provider).toBe("builtin");
    expect(extraction).toEqual(extractBuiltin(transcript));
    const generated = await engine().generate({ template: onboarding, transcript, extraction, job: { title: "Onboarding" }, outputLanguage: "en" });
    expect(generated.provider).toBe("builtin");
    expect(generated.assets.every((a) => a.provider === "builtin")).toBe(true);
    expect(generated.assets).toHaveLength(onboarding.assets.length);
  });

  it("(b) falls back when the JSON does not match the schema", async () => {
    const bad = openAiCompatibleEngine({ baseUrl, apiKey: "sk-test", model: "test-model" });
    const original = llmExtraction.moments;
    llmExtraction.moments = [{ title: "", summary: "", start: -1, end: 0, score: 0 }];
    try {
      expect((await bad.extract(transcript)).provider).toBe("builtin");
    } finally {
      llmExtraction.moments = original;
    }
  });

  it("(c) falls back to the built-in engine on HTTP 500, and surfaces the failure for languages it cannot write", async () => {
    mode = "error";
    const { provider } = await engine().extract(transcript);
    expect(provider).toBe("builtin");
    const input = { template: onboarding, transcript, extraction: extractBuiltin(transcript), job: { title: "Onboarding" }, outputLanguage: "en" };
    expect((await engine().generate(input)).provider).toBe("builtin");
    await expect(engine().generate({ ...input, outputLanguage: "fr" })).rejects.toThrow(/500/);
  });

  it("advertises many languages, while the built-in engine writes English only", () => {
    expect(engine().languages).toEqual(expect.arrayContaining(["en", "es", "fr", "de", "pt", "it", "nl", "ja"]));
  });
});

describe("getKitEngine", () => {
  it("picks the LLM engine when LLM_BASE_URL is set, else the built-in one", () => {
    vi.stubEnv("LLM_BASE_URL", "");
    expect(getKitEngine().name).toBe("builtin");
    expect(getKitEngine().languages).toEqual(["en"]);
    vi.stubEnv("LLM_BASE_URL", "http://127.0.0.1:9/v1");
    expect(getKitEngine().name).toBe("openai");
    vi.unstubAllEnvs();
  });
});
