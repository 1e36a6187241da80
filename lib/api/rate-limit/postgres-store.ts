import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { RateDecision, RateLimitStore } from "./store";

/**
 * Exact sliding log in PostgreSQL, for deployments with several server processes.
 * A transaction-scoped advisory lock per key serialises concurrent hits on that key only.
 */
export function postgresRateLimitStore(db: PrismaClient): RateLimitStore {
  return {
    async hit(key, limit, windowMs, now = Date.now()): Promise<RateDecision> {
      const since = new Date(now - windowMs);
      return db.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
        await tx.$executeRaw`DELETE FROM "RateLimitHit" WHERE "key" = ${key} AND "at" <= ${since}`;
        const rows = await tx.$queryRaw<{ count: bigint; oldest: Date | null }[]>`
          SELECT count(*) AS count, min("at") AS oldest FROM "RateLimitHit" WHERE "key" = ${key}`;
        const count = Number(rows[0].count);
        const allowed = count < limit;
        if (allowed) await tx.$executeRaw`INSERT INTO "RateLimitHit" ("key", "at") VALUES (${key}, ${new Date(now)})`;
        const used = count + (allowed ? 1 : 0);
        const oldest = rows[0].oldest?.getTime() ?? now;
        return { allowed, limit, remaining: Math.max(0, limit - used), resetAt: oldest + windowMs };
      });
    },
  };
}
