// Transcript downloads (TXT, SRT, VTT, JSON) and imports (SRT, VTT, plain text).
import { describe, expect, it } from "vitest";
import { toJson, toSrt, toTxt, toVtt } from "@/lib/transcripts/formats";
import { parseTranscriptText, TranscriptParseError } from "@/lib/transcripts/parse-transcript-text";
import type { Segment, Word } from "@/lib/transcripts/model";

const timed = (text: string, start: number, perWord: number): Word[] => text.split(" ").map((t, i) => ({ text: t, start: start + i * perWord, end: start + (i + 1) * perWord, confidence: 0.9 }));
const segment = (text: string, start: number, perWord: number, speaker: string | null = null): Segment => {
  const words = timed(text, start, perWord);
  return { start, end: words[words.length - 1].end, text, speaker, words };
};

const segments: Segment[] = [
  segment("Welcome to the team.", 0, 0.4, "Alice"),
  segment("On your first day you will set up your account and meet your manager, then open the onboarding checklist and read every item before lunch.", 2, 0.4, "Bob"),
];

describe("exporters", () => {
  it("TXT keeps speaker labels, one segment a line", () => {
    expect(toTxt(segments).split("\n")[0]).toBe("Alice: Welcome to the team.");
    expect(toTxt(segments).split("\n")[1]).toMatch(/^Bob: On your first day/);
  });

  it("SRT splits long segments into cues of at most ~7 s and ~84 characters using word timings", () => {
    const srt = toSrt(segments);
    const cues = srt.trim().split(/\n\n/);
    expect(cues.length).toBeGreaterThan(2);
    expect(cues[0]).toBe("1\n00:00:00,000 --> 00:00:01,600\nAlice: Welcome to the team.");
    for (const cue of cues) {
      const [, times, text] = cue.split("\n");
      const [a, b] = times.split(" --> ").map((t) => {
        const [h, m, s] = t.replace(",", ".").split(":").map(Number);
        return h * 3600 + m * 60 + s;
      });
      expect(b - a).toBeLessThanOrEqual(7);
      expect(text.replace(/^\w+: /, "").length).toBeLessThanOrEqual(84);
    }
  });

  it("VTT starts with the header and marks speakers with <v>", () => {
    const vtt = toVtt(segments);
    expect(vtt.startsWith("WEBVTT\n\n00:00:00.000 --> 00:00:01.600\n<v Alice>Welcome to the team.\n")).toBe(true);
  });

  it("JSON carries the whole transcript", () => {
    const parsed = JSON.parse(toJson({ language: "en", provider: "pocketsphinx", durationSec: 20, segments })) as { segments: Segment[] };
    expect(parsed.segments).toEqual(segments);
  });
});

describe("importers", () => {
  it("SRT → segments → SRT round-trips", () => {
    const srt = toSrt(segments);
    const imported = parseTranscriptText(srt);
    expect(imported.format).toBe("srt");
    expect(imported.segments[0]).toMatchObject({ start: 0, end: 1.6, text: "Welcome to the team.", speaker: "Alice" });
    expect(toSrt(imported.segments)).toBe(srt);
  });

  it("VTT → segments → VTT round-trips, with <v> speakers, cue ids and NOTE blocks", () => {
    const vtt = toVtt(segments);
    const imported = parseTranscriptText(vtt);
    expect(imported.format).toBe("vtt");
    expect(toVtt(imported.segments)).toBe(vtt);
    const hand = "WEBVTT\n\nNOTE made by hand\n\nintro\n00:01.000 --> 00:04.500 align:start\n<v Dana Scully>The truth is out there.</v>\n\n00:05.000 --> 00:07.000\n<i>Another</i> line of speech\n";
    const parsed = parseTranscriptText(hand);
    expect(parsed.segments).toHaveLength(2);
    expect(parsed.segments[0]).toMatchObject({ start: 1, end: 4.5, speaker: "Dana Scully", text: "The truth is out there." });
    expect(parsed.segments[1]).toMatchObject({ start: 5, end: 7, speaker: null, text: "Another line of speech" });
  });

  it("plain text keeps 'Speaker: line' labels and estimates times at ~150 words a minute", () => {
    const text = "Alice: " + Array(150).fill("word").join(" ") + "\nBob: Then we open the checklist together.";
    const parsed = parseTranscriptText(text, "notes.txt");
    expect(parsed.format).toBe("text");
    expect(parsed.segments[0]).toMatchObject({ speaker: "Alice", start: 0, end: 60 });
    expect(parsed.segments[1]).toMatchObject({ speaker: "Bob", start: 60, text: "Then we open the checklist together." });
    expect(parsed.segments[1].words).toHaveLength(6);
    expect(parsed.durationSec).toBeGreaterThan(60);
  });

  it.each([
    ["empty input", "   \n\n "],
    ["binary bytes", "\u0000\u0001PNG\u0002\u0003 data data data"],
    ["symbols and numbers", "{\"a\":1,\"b\":[2,3,4],\"c\":{\"d\":5}} 12345 67890 ;;;; ####"],
    ["too few words", "Hi there"],
    ["an SRT with a broken time", "1\n00:00:05,000 --> 00:00:01,000\nBackwards cue here\n"],
  ])("rejects %s with a TranscriptParseError", (_name, input) => {
    expect(() => parseTranscriptText(input)).toThrow(TranscriptParseError);
  });
});
