import { open } from "node:fs/promises";

export interface WavHeader {
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  dataOffset: number;
  dataBytes: number;
  durationSec: number;
}

/** Reads a PCM WAV's format and where its samples start (ffmpeg may put LIST chunks before "data"). */
export async function readWavHeader(file: string): Promise<WavHeader> {
  const handle = await open(file, "r");
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(Math.min(4096, size));
    await handle.read(head, 0, head.length, 0);
    if (head.length < 12 || head.toString("ascii", 0, 4) !== "RIFF" || head.toString("ascii", 8, 12) !== "WAVE") throw new Error(`${file} is not a WAV file`);
    let fmt: { channels: number; sampleRate: number; bitsPerSample: number } | null = null;
    for (let at = 12; at + 8 <= head.length; ) {
      const id = head.toString("ascii", at, at + 4);
      const chunkSize = head.readUInt32LE(at + 4);
      if (id === "fmt ") fmt = { channels: head.readUInt16LE(at + 10), sampleRate: head.readUInt32LE(at + 12), bitsPerSample: head.readUInt16LE(at + 22) };
      if (id === "data") {
        if (!fmt) throw new Error(`${file} has no fmt chunk before its samples`);
        const dataOffset = at + 8;
        // Streamed WAVs carry a placeholder size; the file length is the truth.
        const dataBytes = Math.min(chunkSize, size - dataOffset);
        const bytesPerSec = fmt.sampleRate * fmt.channels * (fmt.bitsPerSample / 8);
        return { ...fmt, dataOffset, dataBytes, durationSec: bytesPerSec ? dataBytes / bytesPerSec : 0 };
      }
      at += 8 + chunkSize + (chunkSize % 2);
    }
    throw new Error(`${file} has no data chunk in its first 4 KB`);
  } finally {
    await handle.close();
  }
}
