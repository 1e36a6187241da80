// The pipeline end to end through the HTTP routes on a real database: upload a speech file
// made with espeak-ng from a known script → transcribe → generate an onboarding kit.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../helpers/test-db";
import { api, json } from "../helpers/api";
import { makeKey, makeWorkspace } from "../helpers/fixtures";
import { startTestRunner } from "../helpers/runner";
import type { LocalRunner } from "@/inngest/local/runner";
import type { JobDetail } from "@/lib/jobs/views";
import { db } from "@/lib/db";

const audio = readFileSync("tests/fixtures/audio/onboarding.mp3");
const script = readFileSync("tests/fixtures/audio/onboarding.txt", "utf8");

export function uploadForm(bytes: Buffer, name = "recording.mp3", type = "audio/mpeg") {
  const form = new FormData();
  form.append("audio", new Blob([new Uint8Array(bytes)], { type }), name);
  return form;
}

describe("pipeline through the API", () => {
  let key: string;
  let runner: LocalRunner;
  let jobId: number;
  let detail: JobDetail;

  beforeAll(async () => {
    process.env.TALKSMITH_CHUNK_SEC = "20"; // several chunks, transcribed in parallel steps
    await useTestDb();
    key = await makeKey((await makeWorkspace("studio")).id);
    runner = startTestRunner();
  });
  afterAll(() => runner.stop());

  it("creates a draft job, and refuses to transcribe before an upload", async () => {
    const res = await api("POST", "/api/v1/jobs", { key, body: { title: "Client onboarding SOP", kitId: "onboarding_kit", audience: "New hires", outputLanguage: "en" } });
    expect(res.status).toBe(201);
    const job = await json<JobDetail>(res);
    expect(job).toMatchObject({ title: "Client onboarding SOP", status: "draft", kitId: "onboarding_kit", audience: "New hires", transcript: null, assets: [] });
    jobId = job.id;
    const early = await api("POST", `/api/v1/jobs/${jobId}/transcribe`, { key, body: {} });
    expect(early.status).toBe(409);
    expect((await json<{ error: { code: string; message: string } }>(early)).error).toMatchObject({ code: "invalid_state", message: expect.stringContaining("Upload audio") });
  });

  it("uploads the recording (sniffed, probed)", async () => {
    const res = await api("POST", `/api/v1/jobs/${jobId}/upload`, { key, rawBody: uploadForm(audio, "onboarding.mp3") });
    expect(res.status).toBe(200);
    const job = await json<JobDetail>(res);
    expect(job.status).toBe("uploaded");
    expect(job.audio).toMatchObject({ fileName: "onboarding.mp3", mimeType: "audio/mpeg", bytes: audio.length });
    expect(job.audio!.durationSec!).toBeGreaterThan(20);
  });

  it("transcribes with word timestamps that are monotonic and inside the audio", async () => {
    const res = await api("POST", `/api/v1/jobs/${jobId}/transcribe`, { key, body: {} });
    expect(res.status).toBe(202);
    expect((await json<{ status: string }>(res)).status).toBe("transcribing");
    await runner.drain();
    detail = await json<JobDetail>(await api("GET", `/api/v1/jobs/${jobId}`, { key }));
    expect(detail.status).toBe("transcribed");
    expect(detail.progress).toBe(100);
    const words = detail.transcript!.segments.flatMap((s) => s.words);
    expect(words.length).toBeGreaterThan(50);
    for (let i = 0; i < words.length; i++) {
      expect(words[i].end).toBeGreaterThanOrEqual(words[i].start);
      expect(words[i].end).toBeLessThanOrEqual(detail.audio!.durationSec! + 0.05);
      if (i > 0) expect(words[i].start).toBeGreaterThanOrEqual(words[i - 1].start);
    }
    const text = detail.transcript!.text.toLowerCase();
    const keyTerms = ["customer", "manager", "week", "welcome", "important"];
    expect(keyTerms.filter((t) => text.includes(t)).length).toBeGreaterThanOrEqual(3);
    expect(detail.moments.length).toBeGreaterThan(0);
    const waveform = await api("GET", `/api/v1/jobs/${jobId}/waveform`, { key });
    expect(waveform.status).toBe(200);
    const { peaks } = await json<{ peaks: number[] }>(waveform);
    expect(peaks.length).toBeGreaterThan(100);
    expect(Math.max(...peaks)).toBeGreaterThan(0.05);
    expect(detail.quotes.length).toBeGreaterThan(0);
  });

  it("generates an onboarding kit whose text carries the script's key terms and whose quotes are verbatim", async () => {
    const res = await api("POST", `/api/v1/jobs/${jobId}/generate-kit`, { key, body: { kitId: "onboarding_kit", voiceProfileId: null, outputLanguage: "en" } });
    expect(res.status).toBe(202);
    await runner.drain();
    detail = await json<JobDetail>(await api("GET", `/api/v1/jobs/${jobId}`, { key }));
    expect(detail.status).toBe("review");
    expect(detail.kit).toMatchObject({ kitId: "onboarding_kit", provider: "builtin", language: "en" });
    expect(detail.assets.map((a) => a.type)).toEqual(["sop", "checklist", "quiz", "glossary", "faq", "summary_email"]);
    const kitText = JSON.stringify(detail.assets.map((a) => a.content)).toLowerCase();
    const spoken = ["customer", "manager", "week", "welcome", "important", "open", "team"].filter((t) => script.toLowerCase().includes(t) && detail.transcript!.text.toLowerCase().includes(t));
    expect(spoken.filter((t) => kitText.includes(t)).length).toBeGreaterThanOrEqual(Math.min(3, spoken.length));
    const transcriptText = detail.transcript!.text;
    for (const quote of detail.quotes) expect(transcriptText).toContain(quote.text);
    expect(script.length).toBeGreaterThan(100);
    const usage = await db.usageRecord.findMany({ where: { jobId } });
    expect(usage.map((u) => u.metric).sort()).toEqual(["kits_generated", "minutes_transcribed"]);
  });

  it("delivers from review, and refuses to deliver twice", async () => {
    const res = await api("POST", `/api/v1/jobs/${jobId}/deliver`, { key });
    expect(res.status).toBe(200);
    expect((await json<{ status: string }>(res)).status).toBe("delivered");
    expect((await api("POST", `/api/v1/jobs/${jobId}/deliver`, { key })).status).toBe(409);
  });

  it("runs a pasted transcript through the whole pipeline with autoRun", async () => {
    const transcript = "Alice: Welcome to the team. Your first task is to set up your account.\nBob: Then open the onboarding checklist and book a call with your manager.\nAlice: A customer success plan is the document that lists every customer goal.";
    const res = await api("POST", "/api/v1/jobs", { key, body: { title: "Pasted", kitId: "quote_kit", transcript, autoRun: true } });
    expect(res.status).toBe(201);
    const created = await json<JobDetail>(res);
    await runner.drain();
    const done = await json<JobDetail>(await api("GET", `/api/v1/jobs/${created.id}`, { key }));
    expect(done.status).toBe("review");
    expect(done.transcript!.provider).toBe("import");
    expect(done.transcript!.segments[0].speaker).toBe("Alice");
    expect(done.assets.length).toBeGreaterThan(0);
    expect(done.assets.every((a) => a.type === "quote_card")).toBe(true);
  });
});
