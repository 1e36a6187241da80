import type { Tx } from "@/lib/db";
import type { WebhookEvent } from "./events";

/**
 * Writes one outbox row per enabled endpoint subscribed to the event, inside the caller's
 * transaction: if the state change rolls back, no webhook is ever sent. The body is the exact
 * JSON that will be signed and sent on every attempt: { event, sentAt, ...payload }.
 */
export async function emitWebhookEvent(tx: Tx, workspaceId: string, event: WebhookEvent, payload: Record<string, unknown>, now = new Date()): Promise<number> {
  const endpoints = await tx.webhookEndpoint.findMany({
    where: { workspaceId, enabled: true, OR: [{ events: { hasSome: [event, "*"] } }, { events: { isEmpty: true } }] },
    select: { id: true },
  });
  if (!endpoints.length) return 0;
  // event and sentAt always come first and cannot be overridden by the payload.
  const body = JSON.stringify(Object.assign({ event, sentAt: now.toISOString(), ...payload }, { event, sentAt: now.toISOString() }));
  await tx.webhookDelivery.createMany({ data: endpoints.map((e) => ({ workspaceId, endpointId: e.id, event, body, nextAttemptAt: now, createdAt: now })) });
  return endpoints.length;
}
