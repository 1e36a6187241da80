// Probing, normalising, cutting and sniffing with the real ffmpeg on the checked-in fixtures.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { probeAudio, UndecodableAudioError } from "@/lib/media/probe-audio";
import { normalizeAudio } from "@/lib/media/normalize-audio";
import { readWavHeader } from "@/lib/media/read-wav-header";
import { detectSilences } from "@/lib/media/detect-silences";
import { cutChunk } from "@/lib/media/cut-chunk";
import { sniffMedia } from "@/lib/media/sniff-media";
import { withTempDir } from "@/lib/media/with-temp-dir";
import { existsSync } from "node:fs";

const fixture = (name: string) => path.join("tests/fixtures/audio", name);

describe("probeAudio", () => {
  it("reports the onboarding recording's duration and codec", async () => {
    const probe = await probeAudio(fixture("onboarding.mp3"));
    expect(probe).toMatchObject({ codec: "mp3", channels: 1, hasAudio: true });
    expect(probe.durationSec).toBeGreaterThan(45);
    expect(probe.durationSec).toBeLessThan(60);
  });

  it.each([
    ["empty.mp3", "unreadable"],
    ["not-audio.mp3", "unreadable"],
    ["truncated.mp3", "truncated"],
    ["silence-0s.wav", "empty"],
  ])("%s gives an UndecodableAudioError (%s) with a clear message", async (name, reason) => {
    const error = await probeAudio(fixture(name)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UndecodableAudioError);
    expect(error).toMatchObject({ code: "undecodable_audio", reason });
    expect((error as Error).message).toMatch(/^The (file|recording|audio)/);
  });
});

describe("normalise, detect pauses, cut", () => {
  it("makes 16 kHz mono s16 WAV, finds pauses between sentences, cuts sample-exact chunks and cleans up", async () => {
    let tmp = "";
    await withTempDir("talksmith-media-test-", async (dir) => {
      tmp = dir;
      const wav = path.join(dir, "audio.wav");
      await normalizeAudio(fixture("onboarding.mp3"), wav);
      const header = await readWavHeader(wav);
      expect(header).toMatchObject({ sampleRate: 16000, channels: 1, bitsPerSample: 16, dataOffset: 44 });
      const silences = await detectSilences(wav);
      expect(silences.length).toBeGreaterThan(3);
      for (const s of silences) expect(s.end).toBeGreaterThan(s.start);
      const out = path.join(dir, "chunk.wav");
      await cutChunk(wav, { start: 10, end: 22.5 }, out);
      expect((await readWavHeader(out)).durationSec).toBeCloseTo(12.5, 2);
    });
    expect(existsSync(tmp)).toBe(false);
  });

  it("a file ffmpeg cannot decode fails normalisation with the typed error", async () => {
    await withTempDir("talksmith-media-test-", async (dir) => {
      await expect(normalizeAudio(fixture("not-audio.mp3"), path.join(dir, "x.wav"))).rejects.toBeInstanceOf(UndecodableAudioError);
    });
  });
});

describe("sniffMedia", () => {
  const riff = (form: string) => Buffer.concat([Buffer.from("RIFF"), Buffer.alloc(4), Buffer.from(form), Buffer.alloc(64)]);
  const ftyp = (brand: string) => Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from(`ftyp${brand}`), Buffer.alloc(4), Buffer.from(`${brand}isom`), Buffer.alloc(64)]);
  const ebml = (docType: string) => Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0xf7, 0x81, 0x01, 0x42, 0xf2, 0x81, 0x04, 0x42, 0xf3, 0x81, 0x08, 0x42, 0x82, 0x80 | docType.length, ...Buffer.from(docType), 0x42, 0x87, 0x81, 0x04, 0x42, 0x85, 0x81, 0x02, ...Buffer.alloc(64)]);

  it.each([
    ["mp3", readFileSync(fixture("onboarding.mp3")).subarray(0, 4100), "audio/mpeg"],
    ["wav", riff("WAVEfmt "), "audio/wav"],
    ["flac", Buffer.concat([Buffer.from("fLaC"), Buffer.alloc(64)]), "audio/flac"],
    ["m4a", ftyp("M4A "), "audio/x-m4a"],
    ["mp4", ftyp("mp42"), "video/mp4"],
    ["webm", ebml("webm"), "video/webm"],
    ["ogg", Buffer.concat([Buffer.from("OggS"), Buffer.alloc(24), Buffer.from("\x01vorbis"), Buffer.alloc(64)]), "audio/ogg"],
  ])("accepts %s", async (_name, bytes, mime) => {
    expect(await sniffMedia(bytes)).toBe(mime);
  });

  it.each([
    ["a text file named .mp3", readFileSync(fixture("not-audio.mp3"))],
    ["an empty file", Buffer.alloc(0)],
    ["a PNG", Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)])],
    ["a QuickTime movie", ftyp("qt  ")],
    ["a Matroska file", ebml("matroska")],
    ["a ZIP", Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(64)])],
  ])("rejects %s", async (_name, bytes) => {
    expect(await sniffMedia(bytes)).toBeNull();
  });
});
