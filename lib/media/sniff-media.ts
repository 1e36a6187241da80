import { fileTypeFromBuffer } from "file-type";

/**
 * What file-type reports for the containers we take (mp3, m4a, wav, ogg, webm, mp4, flac).
 * QuickTime, Matroska, raw AAC and bare Ogg streams of unknown codecs are left out on purpose:
 * the product promises seven formats, and anything else should fail at upload, not mid-pipeline.
 */
const accepted = new Set(["audio/mpeg", "audio/x-m4a", "audio/mp4", "audio/wav", "audio/ogg", "audio/ogg; codecs=opus", "audio/flac", "video/webm", "video/mp4"]);

function isBareMpegFrame(head: Uint8Array) {
  // MP3 without an ID3 tag: frame sync (11 bits set), MPEG version not "reserved", layer III.
  return head.length > 4 && head[0] === 0xff && (head[1] & 0xe0) === 0xe0 && (head[1] & 0x18) !== 0x08 && (head[1] & 0x06) === 0x02;
}

/** The media type from the file's first bytes (never its name), or null when it is not audio/video we take. */
export async function sniffMedia(firstBytes: Uint8Array): Promise<string | null> {
  const found = await fileTypeFromBuffer(firstBytes);
  if (found) return accepted.has(found.mime) ? found.mime : null;
  return isBareMpegFrame(firstBytes) ? "audio/mpeg" : null;
}
