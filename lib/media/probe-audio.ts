import { runTool } from "./run-ffmpeg";

export class UndecodableAudioError extends Error {}

export interface AudioProbe {
  durationSec: number;
  codec: string;
  sampleRate: number;
  channels: number;
}

/**
 * Checks that the file really holds decodable audio: ffprobe for the stream, then a full
 * decode (fast: ~2.6 s for 30 min of MP3), since a truncated file can probe fine and
 * still be broken.
 */
export async function probeAudio(file: string): Promise<AudioProbe> {
  const probe = await runTool("ffprobe", ["-v", "error", "-select_streams", "a:0", "-show_entries", "stream=codec_name,sample_rate,channels:format=duration", "-of", "json", file], 60_000);
  if (probe.code !== 0) throw new UndecodableAudioError("The file could not be read as audio or video. It may be damaged or in a format Talksmith does not support.");
  const info = JSON.parse(probe.stdout || "{}") as { streams?: { codec_name?: string; sample_rate?: string; channels?: number }[]; format?: { duration?: string } };
  const stream = info.streams?.[0];
  if (!stream) throw new UndecodableAudioError("The file has no audio track.");
  const decode = await runTool("ffmpeg", ["-hide_banner", "-nostdin", "-v", "error", "-stats", "-xerror", "-i", file, "-map", "0:a:0", "-f", "null", "-"], 10 * 60_000);
  if (decode.code !== 0) throw new UndecodableAudioError("The audio could not be decoded. The file may be truncated or damaged.");
  const times = [...decode.stderr.matchAll(/time=(\d+):(\d+):(\d+(?:\.\d+)?)/g)];
  const last = times[times.length - 1];
  const decodedSec = last ? Number(last[1]) * 3600 + Number(last[2]) * 60 + Number(last[3]) : 0;
  const declared = Number(info.format?.duration ?? 0);
  if (decodedSec < 0.5) throw new UndecodableAudioError("The recording is empty (shorter than half a second of decodable audio).");
  // A cut-off file still carries its full length in the header; only a full decode shows it.
  if (Number.isFinite(declared) && declared - decodedSec > Math.max(1, declared * 0.05)) {
    throw new UndecodableAudioError(`The file is truncated: it says it lasts ${declared.toFixed(1)} s but only ${decodedSec.toFixed(1)} s of audio could be decoded.`);
  }
  const durationSec = decodedSec;
  return { durationSec, codec: stream.codec_name ?? "unknown", sampleRate: Number(stream.sample_rate ?? 0), channels: stream.channels ?? 0 };
}
