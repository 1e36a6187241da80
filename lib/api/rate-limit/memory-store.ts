import type { RateDecision, RateLimitStore } from "./store";

/**
 * Exact sliding log in process memory: the embedded default, where one process serves
 * everything (PGlite is single-process). JS runs hit() atomically, so concurrent
 * requests can never both take the last slot.
 */
export function memoryRateLimitStore(): RateLimitStore {
  const logs = new Map<string, number[]>();
  let sweeps = 0;

  function sweep(now: number, windowMs: number) {
    for (const [key, log] of logs) if (!log.length || log[log.length - 1] <= now - windowMs) logs.delete(key);
  }

  return {
    async hit(key, limit, windowMs, now = Date.now()): Promise<RateDecision> {
      if (++sweeps % 10_000 === 0) sweep(now, windowMs);
      const log = logs.get(key) ?? [];
      let expired = 0;
      while (expired < log.length && log[expired] <= now - windowMs) expired++;
      if (expired) log.splice(0, expired);
      const allowed = log.length < limit;
      if (allowed) log.push(now);
      logs.set(key, log);
      return { allowed, limit, remaining: Math.max(0, limit - log.length), resetAt: (log[0] ?? now) + windowMs };
    },
  };
}
