// Cuts a chunk out of the normalised 16 kHz mono s16 WAV by byte range, so a chunk step
// reads only its own seconds from blob storage (local disk or S3 alike).
import { writeFile } from "node:fs/promises";
import { getBlobStore } from "@/lib/storage";

const RATE = 16_000;
const BYTES_PER_SEC = RATE * 2;

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(Buffer.from(part as Buffer));
  return Buffer.concat(parts);
}

/** Offset of the PCM samples: after the "data" chunk header (ffmpeg may add LIST chunks before it). */
async function dataOffset(key: string): Promise<number> {
  const head = await readAll(await getBlobStore().get(key, { start: 0, end: 4095 }));
  let at = 12;
  while (at + 8 <= head.length) {
    const id = head.toString("ascii", at, at + 4);
    const size = head.readUInt32LE(at + 4);
    if (id === "data") return at + 8;
    at += 8 + size + (size % 2);
  }
  throw new Error("Not a PCM WAV file: no data chunk in the first 4 KB");
}

function wavHeader(dataBytes: number): Buffer {
  const h = Buffer.alloc(44);
  h.write("RIFF", 0, "ascii");
  h.writeUInt32LE(36 + dataBytes, 4);
  h.write("WAVEfmt ", 8, "ascii");
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20); // PCM
  h.writeUInt16LE(1, 22); // mono
  h.writeUInt32LE(RATE, 24);
  h.writeUInt32LE(BYTES_PER_SEC, 28);
  h.writeUInt16LE(2, 32);
  h.writeUInt16LE(16, 34);
  h.write("data", 36, "ascii");
  h.writeUInt32LE(dataBytes, 40);
  return h;
}

export async function writeWavRange(key: string, start: number, end: number, outFile: string) {
  const offset = await dataOffset(key);
  const from = offset + Math.floor(start * RATE) * 2;
  const to = offset + Math.floor(end * RATE) * 2 - 1;
  const pcm = to >= from ? await readAll(await getBlobStore().get(key, { start: from, end: to })) : Buffer.alloc(0);
  await writeFile(outFile, Buffer.concat([wavHeader(pcm.length), pcm]));
}
