import { db } from "@/lib/db";
import { deliverWebhook } from "./deliver-webhook";

const LEASE_SEC = 60;

/**
 * Sends every delivery that is due. Rows are claimed with FOR UPDATE SKIP LOCKED and leased, so
 * two workers never send the same delivery at once, and a crashed worker's claim expires.
 */
export async function deliverDueWebhooks({ limit = 25, timeoutMs }: { limit?: number; timeoutMs?: number } = {}) {
  const claimed = await db.$queryRaw<{ id: string }[]>`
    UPDATE "WebhookDelivery" SET "status" = 'sending', "nextAttemptAt" = now() + make_interval(secs => ${LEASE_SEC})
    WHERE "id" IN (
      SELECT "id" FROM "WebhookDelivery"
      WHERE "status" IN ('pending', 'sending') AND "nextAttemptAt" <= now()
      ORDER BY "nextAttemptAt" ASC
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id"`;
  const outcomes = await Promise.all(claimed.map((row) => deliverWebhook(row.id, { timeoutMs })));
  return { claimed: claimed.length, delivered: outcomes.filter((o) => o === "delivered").length };
}
