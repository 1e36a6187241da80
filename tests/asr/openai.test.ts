// Contract test: the multipart request an OpenAI-compatible /audio/transcriptions endpoint
// receives, against a local node:http server, and the mapping of its verbose_json answer.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openAiAsrProvider } from "@/lib/asr/openai";
import { getAsrProvider } from "@/lib/asr/get-asr-provider";

interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  form: FormData;
}

const verboseJson = {
  task: "transcribe",
  language: "english",
  duration: 6.2,
  text: "Welcome to the team. Open the checklist.",
  segments: [
    { id: 0, start: 0.0, end: 2.4, text: " Welcome to the team." },
    { id: 1, start: 3.0, end: 6.2, text: " Open the checklist." },
  ],
  words: [
    { word: "Welcome", start: 0.1, end: 0.6 },
    { word: "to", start: 0.6, end: 0.8 },
    { word: "the", start: 0.8, end: 1.0 },
    { word: "team.", start: 1.0, end: 2.4 },
    { word: "Open", start: 3.0, end: 3.5 },
    { word: "the", start: 3.5, end: 3.7 },
    { word: "checklist.", start: 3.7, end: 6.2 },
  ],
};

describe("OpenAI-compatible transcription provider", () => {
  let server: Server;
  let baseUrl: string;
  const received: Received[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      const parts: Buffer[] = [];
      req.on("data", (d: Buffer) => parts.push(d));
      req.on("end", async () => {
        const form = await new Response(Buffer.concat(parts), { headers: { "content-type": req.headers["content-type"] ?? "" } }).formData();
        received.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, form });
        if (req.headers.authorization !== "Bearer sk-test") {
          res.writeHead(401, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "Invalid API key" } }));
          return;
        }
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(verboseJson));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("posts the WAV as multipart with model, verbose_json, segment and word timestamps and a Bearer key", async () => {
    const provider = openAiAsrProvider({ baseUrl, apiKey: "sk-test", model: "whisper-1" });
    const segments = await provider.transcribe("tests/fixtures/audio/silence-0s.wav", { language: "en" });

    const req = received.at(-1)!;
    expect(req.method).toBe("POST");
    expect(req.url).toBe("/v1/audio/transcriptions");
    expect(req.headers.authorization).toBe("Bearer sk-test");
    expect(req.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    const file = req.form.get("file");
    expect(file).toBeInstanceOf(File);
    expect((file as File).name).toBe("silence-0s.wav");
    expect((file as File).type).toBe("audio/wav");
    expect(Buffer.from(await (file as File).arrayBuffer())).toEqual(readFileSync("tests/fixtures/audio/silence-0s.wav"));
    expect(req.form.get("model")).toBe("whisper-1");
    expect(req.form.get("response_format")).toBe("verbose_json");
    expect(req.form.getAll("timestamp_granularities[]")).toEqual(["segment", "word"]);
    expect(req.form.get("language")).toBe("en");

    expect(segments).toEqual([
      { start: 0, end: 2.4, text: "Welcome to the team.", speaker: null, words: verboseJson.words.slice(0, 4).map((w) => ({ text: w.word, start: w.start, end: w.end, confidence: null })) },
      { start: 3, end: 6.2, text: "Open the checklist.", speaker: null, words: verboseJson.words.slice(4).map((w) => ({ text: w.word, start: w.start, end: w.end, confidence: null })) },
    ]);
  });

  it("an error answer becomes an AsrError with the status", async () => {
    const provider = openAiAsrProvider({ baseUrl, apiKey: "wrong", model: "whisper-1" });
    await expect(provider.transcribe("tests/fixtures/audio/silence-0s.wav", { language: "en" })).rejects.toMatchObject({ name: "AsrError", code: "api_error", message: expect.stringContaining("401") });
  });

  it("getAsrProvider picks the API when ASR_BASE_URL is set, pocketsphinx otherwise", () => {
    const saved = process.env.ASR_BASE_URL;
    try {
      delete process.env.ASR_BASE_URL;
      expect(getAsrProvider().name).toBe("pocketsphinx");
      process.env.ASR_BASE_URL = baseUrl;
      expect(getAsrProvider().name).toBe("openai");
    } finally {
      if (saved === undefined) delete process.env.ASR_BASE_URL;
      else process.env.ASR_BASE_URL = saved;
    }
  });
});
