import { runTool } from "./run-ffmpeg";
import { UndecodableAudioError } from "./undecodable-audio-error";

/**
 * 16 kHz mono s16 WAV, what speech recognisers want. Metadata is dropped so the WAV header
 * is the plain 44 bytes (chunk steps read it by byte range).
 */
export async function normalizeAudio(input: string, outWav: string): Promise<void> {
  const result = await runTool(
    "ffmpeg",
    ["-nostdin", "-v", "error", "-y", "-i", input, "-vn", "-map", "0:a:0", "-ac", "1", "-ar", "16000", "-c:a", "pcm_s16le", "-map_metadata", "-1", "-fflags", "+bitexact", "-flags:a", "+bitexact", outWav],
    30 * 60_000,
  );
  if (result.code !== 0) {
    const reason = result.timedOut ? "converting took too long" : (result.stderr.trim().split("\n")[0] ?? "ffmpeg failed");
    throw new UndecodableAudioError("conversion_failed", `The audio could not be converted: ${reason}`);
  }
}
