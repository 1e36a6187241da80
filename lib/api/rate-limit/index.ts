// Rate limit tiers (SPEC §3): 90/min per API key, 20/min for AI generation routes,
// and a separate limit for browser sessions.
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { memoryRateLimitStore } from "./memory-store";
import { postgresRateLimitStore } from "./postgres-store";
import type { RateDecision, RateLimitStore } from "./store";

export type RateLimitTier = "default" | "ai" | "session" | "none";

export const rateLimits = {
  apiKey: { limit: Number(process.env.TALKSMITH_RATE_LIMIT ?? 90), windowMs: 60_000 },
  ai: { limit: Number(process.env.TALKSMITH_RATE_LIMIT_AI ?? 20), windowMs: 60_000 },
  session: { limit: Number(process.env.TALKSMITH_RATE_LIMIT_SESSION ?? 600), windowMs: 60_000 },
};

const holder = globalThis as typeof globalThis & { __talksmithRateStore?: RateLimitStore };

export function rateLimitStore(): RateLimitStore {
  const kind = process.env.TALKSMITH_RATE_LIMIT_STORE ?? (config.databaseUrl ? "postgres" : "memory");
  holder.__talksmithRateStore ??= kind === "postgres" ? postgresRateLimitStore(db) : memoryRateLimitStore();
  return holder.__talksmithRateStore;
}

export function setRateLimitStore(store: RateLimitStore | undefined) {
  holder.__talksmithRateStore = store;
}

/** Checks every bucket a request counts against; the tightest decision wins the headers. */
export async function applyRateLimit(subject: { kind: "api_key" | "session"; id: string }, tier: RateLimitTier): Promise<RateDecision | null> {
  if (tier === "none") return null;
  const store = rateLimitStore();
  const base = subject.kind === "api_key" ? rateLimits.apiKey : rateLimits.session;
  const decisions = [await store.hit(`${subject.kind}:${subject.id}`, base.limit, base.windowMs)];
  if (tier === "ai" && decisions[0].allowed) decisions.push(await store.hit(`ai:${subject.id}`, rateLimits.ai.limit, rateLimits.ai.windowMs));
  return decisions.find((d) => !d.allowed) ?? decisions.reduce((a, b) => (b.remaining < a.remaining ? b : a));
}

export function rateLimitHeaders(d: RateDecision): Record<string, string> {
  const resetSec = Math.ceil(d.resetAt / 1000);
  const deltaSec = Math.max(0, Math.ceil((d.resetAt - Date.now()) / 1000));
  return {
    "X-RateLimit-Limit": String(d.limit),
    "X-RateLimit-Remaining": String(d.remaining),
    "X-RateLimit-Reset": String(resetSec),
    // The IETF draft headers too, which newer clients read.
    RateLimit: `limit=${d.limit}, remaining=${d.remaining}, reset=${deltaSec}`,
    "RateLimit-Policy": `${d.limit};w=60`,
    ...(d.allowed ? {} : { "Retry-After": String(Math.max(1, deltaSec)) }),
  };
}
