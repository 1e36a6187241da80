// When a failed delivery is tried again, and when it is given up.

export const RETRY_WINDOW_MS = 24 * 3600 * 1000;
export const DISABLE_AFTER_FAILED_DELIVERIES = 15;
export const DELIVERY_TIMEOUT_MS = 10_000;
const FIRST_RETRY_MS = 30_000;
const MAX_BACKOFF_MS = 6 * 3600 * 1000;

/**
 * Exponential backoff with ±20 % jitter (so receivers that come back are not hit by every
 * sender at once): 30 s, 1 min, 2 min, … capped at 6 h — about 12 attempts in the day.
 */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_BACKOFF_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

export type AttemptVerdict = "delivered" | "retry" | "give_up" | "gone";

/** 2xx delivered; 410 endpoint gone; 408, 429, 5xx, 3xx (redirects are not followed) and no answer retry; other 4xx give up. */
export function judgeAttempt(statusCode: number | null): AttemptVerdict {
  if (statusCode === null) return "retry";
  if (statusCode >= 200 && statusCode < 300) return "delivered";
  if (statusCode === 410) return "gone";
  if (statusCode === 408 || statusCode === 429 || statusCode >= 500 || (statusCode >= 300 && statusCode < 400)) return "retry";
  return "give_up";
}

/** The next attempt time, or null when the retry window is over. Retry-After is honoured up to the window's end. */
export function nextAttemptAt(createdAt: Date, now: Date, attempt: number, retryAfterMs: number | null): Date | null {
  const deadline = createdAt.getTime() + RETRY_WINDOW_MS;
  if (now.getTime() >= deadline) return null;
  const wait = Math.max(backoffMs(attempt), retryAfterMs ?? 0);
  return new Date(Math.min(now.getTime() + wait, deadline));
}
