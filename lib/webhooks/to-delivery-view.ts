import type { WebhookAttempt, WebhookDelivery } from "@/lib/generated/prisma/client";
import type { WebhookDeliveryView } from "./schemas";

const statuses = ["pending", "sending", "delivered", "failed"] as const;
const toStatus = (status: string) => statuses.find((s) => s === status) ?? "pending";

export const toDeliveryView = (d: WebhookDelivery & { attemptLog: WebhookAttempt[] }): WebhookDeliveryView => ({
  id: d.id,
  event: d.event,
  status: toStatus(d.status),
  attempts: d.attempts,
  nextAttemptAt: d.status === "pending" || d.status === "sending" ? d.nextAttemptAt.toISOString() : null,
  lastStatusCode: d.lastStatusCode,
  lastError: d.lastError,
  deliveredAt: d.deliveredAt?.toISOString() ?? null,
  createdAt: d.createdAt.toISOString(),
  body: d.body,
  attemptLog: d.attemptLog.map((a) => ({ number: a.number, statusCode: a.statusCode, durationMs: a.durationMs, responseExcerpt: a.responseExcerpt, error: a.error, createdAt: a.createdAt.toISOString() })),
});
