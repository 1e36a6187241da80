import { db } from "@/lib/db";
import { activeWebhookSecrets } from "./active-webhook-secrets";
import { DELIVERY_TIMEOUT_MS, DISABLE_AFTER_FAILED_DELIVERIES, judgeAttempt, nextAttemptAt } from "./retry-policy";
import { sendSignedWebhook } from "./send-signed-webhook";

export type DeliveryOutcome = "delivered" | "retry" | "failed" | "skipped";

export interface AttemptOptions {
  now?: Date;
  timeoutMs?: number;
}

/**
 * One attempt for a delivery this worker has claimed (status 'sending', nextAttemptAt = its lease
 * end). Every write is conditional on still holding that lease, so a worker whose lease expired
 * and was taken over only logs its attempt and cannot overwrite the newer state.
 */
export async function attemptClaimedDelivery(deliveryId: string, leaseUntil: Date, options: AttemptOptions = {}): Promise<DeliveryOutcome | null> {
  const now = options.now ?? new Date();
  const delivery = await db.webhookDelivery.findUnique({ where: { id: deliveryId }, include: { endpoint: true } });
  if (!delivery) return null;
  const held = { id: delivery.id, workspaceId: delivery.workspaceId, status: "sending", nextAttemptAt: leaseUntil };
  const { endpoint } = delivery;

  if (!endpoint.enabled) {
    await db.webhookDelivery.updateMany({ where: held, data: { status: "failed", lastError: `Not sent: the endpoint is disabled${endpoint.disabledReason ? ` (${endpoint.disabledReason})` : ""}.` } });
    return "skipped";
  }

  let secrets: string[] | null = null;
  try {
    secrets = activeWebhookSecrets(endpoint, now);
  } catch {
    // Without its secret nothing can be signed; retrying cannot help until the key is restored.
  }
  const result = secrets
    ? await sendSignedWebhook({ url: endpoint.url, body: delivery.body, event: delivery.event, deliveryId: delivery.id, secrets, timeoutMs: options.timeoutMs ?? DELIVERY_TIMEOUT_MS, now })
    : { statusCode: null, durationMs: 0, excerpt: null, error: "Not sent: the signing secret cannot be decrypted (was TALKSMITH_SECRET_KEY changed?).", retryAfterMs: null, refused: true };
  const number = delivery.attempts + 1;
  const verdict = result.refused ? "give_up" : judgeAttempt(result.statusCode);
  const retryAt = verdict === "retry" ? nextAttemptAt(delivery.createdAt, now, number, result.retryAfterMs) : null;
  const outcome: DeliveryOutcome = verdict === "delivered" ? "delivered" : retryAt ? "retry" : "failed";
  const described = result.error ?? (result.statusCode !== null && verdict !== "delivered" ? `HTTP ${result.statusCode}` : null);
  const lastError = verdict === "retry" && !retryAt ? `${described}; gave up after retrying for a day` : described;

  await db.$transaction(async (tx) => {
    await tx.webhookAttempt.create({
      data: { workspaceId: delivery.workspaceId, deliveryId: delivery.id, number, statusCode: result.statusCode, durationMs: result.durationMs, responseExcerpt: result.excerpt, error: result.error, createdAt: now },
    });
    const { count } = await tx.webhookDelivery.updateMany({
      where: held,
      data: {
        attempts: { increment: 1 },
        lastStatusCode: result.statusCode,
        lastError,
        status: outcome === "retry" ? "pending" : outcome,
        deliveredAt: outcome === "delivered" ? now : null,
        nextAttemptAt: retryAt ?? now,
      },
    });
    if (!count) return;

    if (outcome === "delivered") {
      if (endpoint.consecutiveFailures) await tx.webhookEndpoint.update({ where: { id: endpoint.id }, data: { consecutiveFailures: 0 } });
    } else if (verdict === "gone") {
      await tx.webhookEndpoint.update({ where: { id: endpoint.id }, data: { enabled: false, disabledAt: now, disabledReason: "The endpoint answered 410 Gone." } });
    } else if (outcome === "failed") {
      // A streak counts deliveries given up, not attempts: a receiver that is down for a few hours
      // recovers through retries without losing its endpoint.
      const updated = await tx.webhookEndpoint.update({ where: { id: endpoint.id }, data: { consecutiveFailures: { increment: 1 } } });
      if (updated.enabled && updated.consecutiveFailures >= DISABLE_AFTER_FAILED_DELIVERIES) {
        await tx.webhookEndpoint.update({
          where: { id: endpoint.id },
          data: { enabled: false, disabledAt: now, disabledReason: `Disabled after ${updated.consecutiveFailures} failed deliveries in a row (last: ${lastError ?? "failed"}).` },
        });
      }
    }
  });
  return outcome;
}
