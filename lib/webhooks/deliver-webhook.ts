// One delivery attempt and what follows from its answer: 2xx delivered; 410 disables the
// endpoint; 408, 429, 3xx, 5xx and network errors retry with exponential backoff and jitter
// (honouring Retry-After) for about a day; other 4xx give up. Every attempt is logged.
import { db } from "@/lib/db";
import { activeSecrets } from "./manage-endpoints";
import { sendSigned } from "./send-signed";

export const RETRY_WINDOW_MS = 24 * 3600 * 1000;
export const DISABLE_AFTER_FAILURES = 15;
const TIMEOUT_MS = 10_000;

export function backoffMs(attempt: number, random = Math.random) {
  const base = Math.min(6 * 3600_000, 30_000 * 2 ** (attempt - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

type Outcome = "delivered" | "retry" | "give_up" | "gone";

function classify(status: number | null): Outcome {
  if (status === null) return "retry";
  if (status >= 200 && status < 300) return "delivered";
  if (status === 410) return "gone";
  if (status === 408 || status === 429 || status >= 500 || (status >= 300 && status < 400)) return "retry";
  return "give_up";
}

export async function deliverWebhook(deliveryId: string, options: { timeoutMs?: number; now?: () => Date } = {}) {
  const now = options.now ?? (() => new Date());
  const delivery = await db.webhookDelivery.findUnique({ where: { id: deliveryId }, include: { endpoint: true } });
  if (!delivery || delivery.status === "delivered") return null;
  const endpoint = delivery.endpoint;
  if (!endpoint.enabled) {
    await db.webhookDelivery.update({ where: { id: delivery.id }, data: { status: "failed", lastError: "The endpoint is disabled." } });
    return "give_up" as const;
  }
  const result = await sendSigned(endpoint.url, delivery.body, { event: delivery.event, deliveryId: delivery.id }, activeSecrets(endpoint, now()), options.timeoutMs ?? TIMEOUT_MS);
  let outcome = classify(result.statusCode);
  const attempts = delivery.attempts + 1;
  const expired = now().getTime() - delivery.createdAt.getTime() > RETRY_WINDOW_MS;
  if (outcome === "retry" && expired) outcome = "give_up";
  const wait = Math.max(backoffMs(attempts), (result.retryAfterSec ?? 0) * 1000);

  await db.$transaction(async (tx) => {
    await tx.webhookAttempt.create({
      data: { workspaceId: delivery.workspaceId, deliveryId: delivery.id, number: attempts, statusCode: result.statusCode, durationMs: result.durationMs, responseExcerpt: result.excerpt, error: result.error },
    });
    await tx.webhookDelivery.update({
      where: { id: delivery.id },
      data: {
        attempts,
        lastStatusCode: result.statusCode,
        lastError: result.error ?? (outcome === "delivered" ? null : `HTTP ${result.statusCode}`),
        status: outcome === "delivered" ? "delivered" : outcome === "retry" ? "pending" : "failed",
        deliveredAt: outcome === "delivered" ? now() : null,
        nextAttemptAt: new Date(now().getTime() + (outcome === "retry" ? wait : 0)),
      },
    });
    if (outcome === "delivered") {
      await tx.webhookEndpoint.update({ where: { id: endpoint.id }, data: { consecutiveFailures: 0 } });
    } else if (outcome === "gone") {
      await tx.webhookEndpoint.update({ where: { id: endpoint.id }, data: { enabled: false, disabledAt: now(), disabledReason: "The endpoint answered 410 Gone." } });
    } else {
      const failures = endpoint.consecutiveFailures + 1;
      const disable = failures >= DISABLE_AFTER_FAILURES;
      await tx.webhookEndpoint.update({
        where: { id: endpoint.id },
        data: { consecutiveFailures: failures, ...(disable ? { enabled: false, disabledAt: now(), disabledReason: `Disabled after ${failures} failed deliveries in a row.` } : {}) },
      });
    }
  });
  return outcome;
}
