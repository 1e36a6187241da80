import { db } from "@/lib/db";
import { attemptClaimedDelivery, type AttemptOptions, type DeliveryOutcome } from "./attempt-claimed-delivery";
import { DELIVERY_TIMEOUT_MS } from "./retry-policy";

/** How long a claim holds: well past one attempt's timeout, short enough that a crashed worker's rows come back soon. */
export const leaseMs = (timeoutMs = DELIVERY_TIMEOUT_MS) => timeoutMs + 60_000;

/**
 * One attempt for a delivery now, whatever its nextAttemptAt (a "retry now"). Returns null when
 * there is nothing to do: delivered or failed already, or another worker holds it right now.
 */
export async function deliverWebhook(deliveryId: string, options: AttemptOptions = {}): Promise<DeliveryOutcome | null> {
  const now = options.now ?? new Date();
  const leaseUntil = new Date(now.getTime() + leaseMs(options.timeoutMs));
  const { count } = await db.webhookDelivery.updateMany({
    where: { id: deliveryId, OR: [{ status: "pending" }, { status: "sending", nextAttemptAt: { lte: now } }] },
    data: { status: "sending", nextAttemptAt: leaseUntil },
  });
  if (!count) return null;
  return attemptClaimedDelivery(deliveryId, leaseUntil, options);
}
