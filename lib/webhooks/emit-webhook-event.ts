import type { Tx } from "@/lib/db";
import type { WebhookEvent } from "./events";

/**
 * Writes one outbox row per enabled endpoint subscribed to the event, inside the caller's
 * transaction: if the state change rolls back, no webhook is ever sent.
 */
export async function emitWebhookEvent(tx: Tx, workspaceId: string, event: WebhookEvent, payload: Record<string, unknown>) {
  const endpoints = await tx.webhookEndpoint.findMany({ where: { workspaceId, enabled: true }, select: { id: true, events: true } });
  const targets = endpoints.filter((e) => e.events.length === 0 || e.events.includes("*") || e.events.includes(event));
  if (!targets.length) return 0;
  const body = JSON.stringify({ event, sentAt: new Date().toISOString(), ...payload });
  await tx.webhookDelivery.createMany({ data: targets.map((e) => ({ workspaceId, endpointId: e.id, event, body })) });
  return targets.length;
}
