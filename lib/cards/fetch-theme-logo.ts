// A theme's remote logo, fetched for quote cards through the SSRF-guarded fetcher (small, quick,
// PNG or JPEG only) and kept for a few minutes so an export's cards share one fetch. A logo that
// cannot be had leaves the card without it: a dead link never fails a download.
import { config } from "@/lib/config";
import { imageSize } from "@/lib/documents/render/image-size";
import { safeFetch } from "@/lib/net/safe-fetch";
import type { CardLogo } from "./card-logo";

const MAX_BYTES = 2 * 1024 * 1024;
const TTL_MS = 5 * 60_000;
const cache = new Map<string, { logo: CardLogo | null; until: number }>();

function sniff(bytes: Uint8Array): CardLogo["mimeType"] | null {
  if (!imageSize(bytes)) return null;
  return bytes[0] === 0x89 ? "image/png" : "image/jpeg";
}

async function download(url: string): Promise<CardLogo | null> {
  try {
    const res = await safeFetch(url, { allowPrivate: config.allowPrivateUrls, requireHttps: !config.allowPrivateUrls, maxBytes: MAX_BYTES, timeoutMs: 5_000, headers: { Accept: "image/png, image/jpeg" } });
    if (!res.ok) {
      await res.body?.cancel();
      return null;
    }
    const bytes = new Uint8Array(await res.arrayBuffer());
    const mimeType = sniff(bytes);
    return mimeType ? { bytes, mimeType } : null;
  } catch {
    return null;
  }
}

/** The logo at an http(s) `logoUrl`, or null (no URL, a data: URL the card reads itself, or a failure). */
export async function fetchThemeLogo(logoUrl: string | null | undefined, now = Date.now()): Promise<CardLogo | null> {
  if (!logoUrl || !/^https?:/i.test(logoUrl)) return null;
  const hit = cache.get(logoUrl);
  if (hit && hit.until > now) return hit.logo;
  const logo = await download(logoUrl);
  if (cache.size >= 100) cache.delete(cache.keys().next().value!);
  cache.set(logoUrl, { logo, until: now + TTL_MS });
  return logo;
}
