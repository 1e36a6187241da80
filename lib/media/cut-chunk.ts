import type { Chunk } from "./plan-chunks";
import { runTool } from "./run-ffmpeg";

/** Writes seconds [chunk.start, chunk.end) of a PCM WAV as its own 16 kHz mono WAV (sample-exact: PCM input seeks exactly). */
export async function cutChunk(wav: string, chunk: Pick<Chunk, "start" | "end">, outWav: string): Promise<void> {
  const args = ["-nostdin", "-v", "error", "-y", "-ss", chunk.start.toFixed(3), "-i", wav, "-t", Math.max(0, chunk.end - chunk.start).toFixed(3), "-ac", "1", "-ar", "16000", "-c:a", "pcm_s16le", "-map_metadata", "-1", "-fflags", "+bitexact", "-flags:a", "+bitexact", outWav];
  const result = await runTool("ffmpeg", args, 5 * 60_000);
  if (result.code !== 0) throw new Error(`Cutting audio ${chunk.start}–${chunk.end} s failed: ${result.timedOut ? "timed out" : result.stderr.trim().split("\n")[0]}`);
}
