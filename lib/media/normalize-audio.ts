import { runTool } from "./run-ffmpeg";
import { UndecodableAudioError } from "./probe-audio";

/**
 * 16 kHz mono s16 WAV, what speech recognisers want. Metadata is dropped so the WAV header
 * is the plain 44 bytes (chunk steps read it by byte range).
 */
export async function normalizeAudio(input: string, outWav: string) {
  const result = await runTool("ffmpeg", ["-v", "error", "-y", "-i", input, "-vn", "-map", "0:a:0", "-ac", "1", "-ar", "16000", "-c:a", "pcm_s16le", "-map_metadata", "-1", "-fflags", "+bitexact", "-flags:a", "+bitexact", outWav], 30 * 60_000);
  if (result.code !== 0) throw new UndecodableAudioError(`The audio could not be converted: ${result.stderr.trim().split("\n")[0] ?? "ffmpeg failed"}`);
}
