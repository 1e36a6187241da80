// The offline engine end to end on the espeak-ng onboarding walkthrough (tests/fixtures/audio).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { transcribeAudioFile, type TranscribeProgress } from "@/lib/asr/transcribe-audio-file";
import { pocketsphinxProvider } from "@/lib/asr/pocketsphinx";
import { AsrError } from "@/lib/asr/asr-error";

const script = readFileSync("tests/fixtures/audio/onboarding.txt", "utf8").toLowerCase();

describe("pocketsphinx on onboarding.mp3", () => {
  it("yields words with monotonic timestamps inside the audio, carrying the script's key terms", async () => {
    const progress: TranscribeProgress[] = [];
    const result = await transcribeAudioFile("tests/fixtures/audio/onboarding.mp3", { provider: pocketsphinxProvider, parallelism: 2, onProgress: (p) => progress.push(p) });
    expect(result.provider).toBe("pocketsphinx");
    expect(result.chunks.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toEqual({ doneChunks: result.chunks.length, totalChunks: result.chunks.length });

    const words = result.segments.flatMap((s) => s.words);
    expect(words.length).toBeGreaterThan(50);
    words.forEach((w, i) => {
      expect(w.start).toBeGreaterThanOrEqual(0);
      expect(w.end).toBeGreaterThanOrEqual(w.start);
      expect(w.end).toBeLessThanOrEqual(result.durationSec + 0.05);
      expect(w.confidence).toBeGreaterThanOrEqual(0);
      expect(w.text).not.toMatch(/^<|^\[|\(\d\)$/);
      if (i > 0) expect(w.start).toBeGreaterThanOrEqual(words[i - 1].start);
    });
    for (const s of result.segments) expect(s.text).toBe(s.words.map((w) => w.text).join(" "));

    const text = result.segments.map((s) => s.text).join(" ");
    const keyTerms = ["welcome", "team", "customer", "manager", "week", "important", "onboarding", "account", "first"];
    expect(keyTerms.every((t) => script.includes(t))).toBe(true);
    expect(keyTerms.filter((t) => text.includes(t)).length).toBeGreaterThanOrEqual(4);
  });

  it("refuses languages it has no model for", async () => {
    await expect(pocketsphinxProvider.transcribe("tests/fixtures/audio/silence-0s.wav", { language: "de" })).rejects.toMatchObject({ code: "unsupported_language" });
    await expect(pocketsphinxProvider.transcribe("tests/fixtures/audio/silence-0s.wav", { language: "de" })).rejects.toBeInstanceOf(AsrError);
  });

  it("returns no segments for a WAV with no samples", async () => {
    expect(await pocketsphinxProvider.transcribe("tests/fixtures/audio/silence-0s.wav", { language: "en" })).toEqual([]);
  });
});
