import { fileTypeFromBuffer } from "file-type";

const accepted = new Set([
  "audio/mpeg",
  "audio/mp4",
  "audio/x-m4a",
  "audio/m4a",
  "audio/aac",
  "audio/wav",
  "audio/x-wav",
  "audio/vnd.wave",
  "audio/ogg",
  "audio/opus",
  "audio/webm",
  "audio/flac",
  "audio/x-flac",
  "video/mp4",
  "video/webm",
  "video/quicktime",
  "application/ogg",
]);

/** The media type from the file's first bytes (never its name), or null when it is not audio/video we take. */
export async function sniffMedia(head: Uint8Array): Promise<string | null> {
  const found = await fileTypeFromBuffer(head);
  if (found && accepted.has(found.mime)) return found.mime === "audio/x-m4a" || found.mime === "audio/m4a" ? "audio/mp4" : found.mime;
  // Raw MPEG audio frames without an ID3 tag: frame sync 0xFFE plus a valid layer.
  if (!found && head.length > 4 && head[0] === 0xff && (head[1] & 0xe0) === 0xe0 && (head[1] & 0x06) !== 0) return "audio/mpeg";
  return null;
}
