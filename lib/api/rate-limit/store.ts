export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** epoch ms when the oldest counted request leaves the window (a slot frees up). */
  resetAt: number;
}

/** A sliding-window limiter: at most `limit` requests in any `windowMs` span, per key. */
export interface RateLimitStore {
  hit(key: string, limit: number, windowMs: number, now?: number): Promise<RateDecision>;
}
