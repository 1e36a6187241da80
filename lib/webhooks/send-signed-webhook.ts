import { config } from "@/lib/config";
import { FetchTimeoutError, NetError, UnsafeUrlError } from "@/lib/net/errors";
import { safeFetch } from "@/lib/net/safe-fetch";
import { parseRetryAfter } from "./parse-retry-after";
import { signPayload } from "./sign-payload";

export interface SendResult {
  statusCode: number | null;
  durationMs: number;
  /** The first ≤ 2 KB of the answer, for the delivery log. */
  excerpt: string | null;
  error: string | null;
  retryAfterMs: number | null;
  /** The URL is refused by policy (not https, private address): retrying cannot help. */
  refused: boolean;
}

export interface SignedMessage {
  url: string;
  body: string;
  event: string;
  deliveryId: string;
  secrets: string[];
  timeoutMs: number;
  now?: Date;
}

const EXCERPT_BYTES = 2048;

async function readExcerpt(body: ReadableStream<Uint8Array> | null): Promise<string | null> {
  if (!body) return null;
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < EXCERPT_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
  // stream: true holds back a multi-byte character cut at the limit instead of emitting U+FFFD.
  const text = new TextDecoder().decode(Buffer.concat(chunks).subarray(0, EXCERPT_BYTES), { stream: true });
  return text || null;
}

/**
 * One signed POST. The URL is re-checked at send time (https unless private URLs are allowed,
 * public address, connection pinned), redirects are not followed, and nothing is thrown: the
 * result says what happened, for the attempt log.
 */
export async function sendSignedWebhook(message: SignedMessage): Promise<SendResult> {
  const started = performance.now();
  const now = message.now ?? new Date();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const res = await safeFetch(message.url, {
      method: "POST",
      allowPrivate: config.allowPrivateUrls,
      requireHttps: true,
      followRedirects: false,
      timeoutMs: message.timeoutMs,
      body: message.body,
      headers: {
        "Content-Type": "application/json",
        "User-Agent": "Talksmith-Webhooks/1",
        "X-Talksmith-Event": message.event,
        "X-Talksmith-Delivery": message.deliveryId,
        "X-Talksmith-Signature": signPayload(message.body, message.secrets, Math.floor(now.getTime() / 1000)),
      },
    });
    const excerpt = await readExcerpt(res.body).catch(() => null);
    return { statusCode: res.status, durationMs: elapsed(), excerpt, error: null, retryAfterMs: parseRetryAfter(res.headers.get("retry-after"), now), refused: false };
  } catch (error) {
    const message_ =
      error instanceof FetchTimeoutError ? `Timed out after ${message.timeoutMs / 1000} s` : error instanceof NetError ? error.message : `${(error as Error).name}: ${(error as Error).message}`;
    const refused = error instanceof UnsafeUrlError && error.reason !== "unresolvable";
    return { statusCode: null, durationMs: elapsed(), excerpt: null, error: message_.slice(0, 500), retryAfterMs: null, refused };
  }
}
