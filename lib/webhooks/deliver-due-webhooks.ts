import { db } from "@/lib/db";
import { attemptClaimedDelivery, type DeliveryOutcome } from "./attempt-claimed-delivery";
import { leaseMs } from "./deliver-webhook";

export interface DeliverDueOptions {
  limit?: number;
  now?: Date;
  timeoutMs?: number;
}

/**
 * Sends every pending delivery whose time has come. Rows are claimed in one statement with
 * FOR UPDATE SKIP LOCKED — two workers never get the same row — and leased: the claim sets
 * status 'sending' and moves nextAttemptAt to the lease end, so if this worker dies the row
 * becomes due again by itself. Attempts run in parallel (each has its own timeout).
 */
export async function deliverDueWebhooks({ limit = 25, now = new Date(), timeoutMs }: DeliverDueOptions = {}) {
  const leaseUntil = new Date(now.getTime() + leaseMs(timeoutMs));
  const claimed = await db.$queryRaw<{ id: string }[]>`
    UPDATE "WebhookDelivery" SET "status" = 'sending', "nextAttemptAt" = ${leaseUntil}
    WHERE "id" IN (
      SELECT "id" FROM "WebhookDelivery"
      WHERE "status" IN ('pending', 'sending') AND "nextAttemptAt" <= ${now}
      ORDER BY "nextAttemptAt" ASC
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id"`;
  const settled = await Promise.allSettled(claimed.map((row) => attemptClaimedDelivery(row.id, leaseUntil, { now, timeoutMs })));
  // One row that throws (e.g. its endpoint was deleted mid-send) must not hide the others'
  // results; if the row still exists, its lease expires and it is tried again.
  const errors = settled.flatMap((s) => (s.status === "rejected" ? [s.reason as Error] : []));
  for (const error of errors) console.error(`[webhooks] delivery attempt failed: ${error.message}`);
  const outcomes = settled.map((s) => (s.status === "fulfilled" ? s.value : null));
  const count = (outcome: DeliveryOutcome) => outcomes.filter((o) => o === outcome).length;
  return { claimed: claimed.length, delivered: count("delivered"), retrying: count("retry"), failed: count("failed") + count("skipped"), errors: errors.length };
}
