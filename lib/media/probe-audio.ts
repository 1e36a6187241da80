import { runTool } from "./run-ffmpeg";
import { UndecodableAudioError } from "./undecodable-audio-error";

export { UndecodableAudioError } from "./undecodable-audio-error";

export interface AudioProbe {
  durationSec: number;
  codec: string;
  sampleRate: number;
  channels: number;
  hasAudio: boolean;
}

interface FfprobeJson {
  streams?: { codec_type?: string; codec_name?: string; sample_rate?: string; channels?: number }[];
  format?: { duration?: string };
}

const MIN_SEC = 0.5;

function lastDecodedSecond(stderr: string) {
  const times = [...stderr.matchAll(/time=(\d+):(\d+):(\d+(?:\.\d+)?)/g)];
  const last = times[times.length - 1];
  return last ? Number(last[1]) * 3600 + Number(last[2]) * 60 + Number(last[3]) : 0;
}

/**
 * Checks that the file really holds decodable audio: ffprobe for the stream, then a full
 * decode (fast: ~2.6 s for 30 min of MP3), because a truncated file can probe fine and still
 * be broken. The duration returned is what actually decodes, not what the header claims.
 */
export async function probeAudio(file: string): Promise<AudioProbe> {
  const probe = await runTool("ffprobe", ["-v", "warning", "-show_entries", "stream=codec_type,codec_name,sample_rate,channels:format=duration", "-of", "json", file], 60_000);
  if (probe.code !== 0) throw new UndecodableAudioError("unreadable", "The file could not be read as audio or video. It may be damaged or in a format Talksmith does not support.");
  const info = JSON.parse(probe.stdout || "{}") as FfprobeJson;
  const stream = info.streams?.find((s) => s.codec_type === "audio");
  if (!stream) throw new UndecodableAudioError("no_audio", "The file has no audio track.");

  const decode = await runTool("ffmpeg", ["-hide_banner", "-nostdin", "-v", "error", "-stats", "-xerror", "-i", file, "-map", "0:a:0", "-f", "null", "-"], 10 * 60_000);
  if (decode.timedOut) throw new UndecodableAudioError("unreadable", "Decoding the audio took too long; the file may be damaged.");
  if (decode.code !== 0) throw new UndecodableAudioError("truncated", "The audio could not be decoded. The file may be truncated or damaged.");
  const decodedSec = lastDecodedSecond(decode.stderr);
  // A cut-off file still carries its full length in its header (an MP3's Xing frame, a WAV's
  // data size); only a full decode shows it. A length guessed from the bitrate proves nothing.
  const declared = Number(info.format?.duration ?? 0);
  const guessed = probe.stderr.includes("Estimating duration from bitrate");
  if (!guessed && Number.isFinite(declared) && declared - decodedSec > Math.max(1, declared * 0.05)) {
    throw new UndecodableAudioError("truncated", `The file is truncated: it says it lasts ${declared.toFixed(1)} s but only ${decodedSec.toFixed(1)} s of audio could be decoded.`);
  }
  if (decodedSec < MIN_SEC) throw new UndecodableAudioError("empty", "The recording is empty (less than half a second of audio could be decoded).");
  return { durationSec: decodedSec, codec: stream.codec_name ?? "unknown", sampleRate: Number(stream.sample_rate ?? 0), channels: stream.channels ?? 0, hasAudio: true };
}
