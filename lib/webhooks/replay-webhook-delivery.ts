import { db } from "@/lib/db";
import { ApiError, notFound } from "@/lib/api/errors";
import { findWebhookEndpointOrThrow } from "./find-webhook-endpoint-or-throw";

/**
 * Sends a past delivery's body again as a new delivery (fresh id, fresh day of retries, due now).
 * A new row rather than a re-queue keeps the original's log intact, and receivers that
 * de-duplicate by X-Talksmith-Delivery still accept the replay.
 */
export async function replayWebhookDelivery(workspaceId: string, endpointId: string, deliveryId: string, now = new Date()) {
  const endpoint = await findWebhookEndpointOrThrow(workspaceId, endpointId);
  const original = await db.webhookDelivery.findFirst({ where: { id: deliveryId, endpointId, workspaceId } });
  if (!original) throw notFound("Delivery");
  if (!endpoint.enabled) throw new ApiError("invalid_state", "The endpoint is disabled; enable it before replaying deliveries.");
  const copy = await db.webhookDelivery.create({ data: { workspaceId, endpointId, event: original.event, body: original.body, nextAttemptAt: now, createdAt: now } });
  return { id: copy.id, replayOf: original.id, status: "pending" as const };
}
