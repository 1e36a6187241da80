import { config } from "@/lib/config";
import { safeFetch } from "@/lib/net/safe-fetch";
import { signPayload } from "./sign-payload";

export interface SendResult {
  statusCode: number | null;
  durationMs: number;
  excerpt: string | null;
  error: string | null;
  retryAfterSec: number | null;
}

const EXCERPT = 2048;

function parseRetryAfter(value: string | null): number | null {
  if (!value) return null;
  const sec = Number(value);
  if (Number.isFinite(sec)) return Math.max(0, sec);
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, (at - Date.now()) / 1000) : null;
}

/** One signed POST: no redirects followed, SSRF re-checked at send time, response excerpt capped. */
export async function sendSigned(url: string, body: string, headers: { event: string; deliveryId: string }, secrets: string[], timeoutMs: number): Promise<SendResult> {
  const started = Date.now();
  try {
    const res = await safeFetch(url, {
      method: "POST",
      allowPrivate: config.allowPrivateUrls,
      requireHttps: true,
      followRedirects: false,
      timeoutMs,
      maxBytes: 64 * 1024,
      body,
      headers: {
        "Content-Type": "application/json",
        "User-Agent": "Talksmith-Webhooks/1",
        "X-Talksmith-Event": headers.event,
        "X-Talksmith-Delivery": headers.deliveryId,
        "X-Talksmith-Signature": signPayload(body, secrets),
      },
    });
    const text = await res.text().catch(() => "");
    return { statusCode: res.status, durationMs: Date.now() - started, excerpt: text.slice(0, EXCERPT) || null, error: null, retryAfterSec: parseRetryAfter(res.headers.get("retry-after")) };
  } catch (error) {
    const e = error as Error & { cause?: { code?: string } };
    const message = e.name === "TimeoutError" || e.name === "AbortError" ? `Timed out after ${timeoutMs / 1000} s` : e.cause?.code ? `${e.cause.code}: ${e.message}` : e.message;
    return { statusCode: null, durationMs: Date.now() - started, excerpt: null, error: message, retryAfterSec: null };
  }
}
