import { db } from "@/lib/db";
import { notFound } from "@/lib/api/errors";
import { page, type PageParams } from "@/lib/api/pagination";

export async function listWebhookDeliveries(workspaceId: string, endpointId: string, params: PageParams) {
  const endpoint = await db.webhookEndpoint.findFirst({ where: { id: endpointId, workspaceId }, select: { id: true } });
  if (!endpoint) throw notFound("Webhook endpoint");
  const where = { workspaceId, endpointId };
  const [rows, total] = await Promise.all([
    db.webhookDelivery.findMany({ where, orderBy: { createdAt: "desc" }, take: params.limit, skip: params.offset, include: { attemptLog: { orderBy: { number: "asc" } } } }),
    db.webhookDelivery.count({ where }),
  ]);
  return page(
    rows.map((d) => ({
      id: d.id,
      event: d.event,
      status: d.status as "pending" | "sending" | "delivered" | "failed",
      attempts: d.attempts,
      nextAttemptAt: d.status === "pending" || d.status === "sending" ? d.nextAttemptAt.toISOString() : null,
      lastStatusCode: d.lastStatusCode,
      lastError: d.lastError,
      deliveredAt: d.deliveredAt?.toISOString() ?? null,
      createdAt: d.createdAt.toISOString(),
      body: d.body,
      attemptLog: d.attemptLog.map((a) => ({ number: a.number, statusCode: a.statusCode, durationMs: a.durationMs, responseExcerpt: a.responseExcerpt, error: a.error, createdAt: a.createdAt.toISOString() })),
    })),
    total,
    params,
  );
}

/** Sends the same event body again as a new delivery (new id), queued now. */
export async function replayWebhookDelivery(workspaceId: string, endpointId: string, deliveryId: string) {
  const original = await db.webhookDelivery.findFirst({ where: { id: deliveryId, endpointId, workspaceId } });
  if (!original) throw notFound("Delivery");
  const copy = await db.webhookDelivery.create({ data: { workspaceId, endpointId, event: original.event, body: original.body } });
  return { id: copy.id, replayOf: original.id, status: "pending" as const };
}
