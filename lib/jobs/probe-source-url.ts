import { ApiError } from "@/lib/api/errors";
import { config } from "@/lib/config";
import { safeFetch } from "@/lib/net/safe-fetch";
import { netErrorToApiError } from "@/lib/net/net-error-to-api-error";
import { sniffMedia } from "@/lib/media/sniff-media";

const HEAD_BYTES = 4100;

/**
 * Reads the first bytes of a URL source when the job is created, so a dead link (502), a
 * server that does not answer (504) or a page that is not audio (415) is reported at once
 * instead of as a failed job later.
 */
export async function probeSourceUrl(url: string) {
  let res: Response;
  try {
    res = await safeFetch(url, { allowPrivate: config.allowPrivateUrls, timeoutMs: Number(process.env.TALKSMITH_URL_PROBE_TIMEOUT_MS ?? 10_000), headers: { Range: `bytes=0-${HEAD_BYTES - 1}` } });
  } catch (error) {
    throw netErrorToApiError(error, "sourceUrl");
  }
  if (res.status >= 400) {
    await res.body?.cancel().catch(() => {});
    throw new ApiError("upstream_error", `The source URL answered HTTP ${res.status}; check that the link is public.`, { param: "sourceUrl" });
  }
  const reader = res.body?.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  try {
    while (reader && size < HEAD_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
      size += value.length;
    }
  } catch (error) {
    throw netErrorToApiError(error, "sourceUrl");
  } finally {
    await reader?.cancel().catch(() => {});
  }
  const mime = await sniffMedia(Buffer.concat(parts));
  if (!mime) throw new ApiError("unsupported_media_type", "The source URL does not point to audio or video Talksmith can read (mp3, m4a, wav, ogg, webm, mp4, flac).", { param: "sourceUrl" });
  return mime;
}
