import { randomToken } from "@/lib/crypto/secret-box";
import { activeWebhookSecrets } from "./active-webhook-secrets";
import { findWebhookEndpointOrThrow } from "./find-webhook-endpoint-or-throw";
import { sendSignedWebhook } from "./send-signed-webhook";

export type WebhookTestResult = { ok: true; statusCode: number } | { ok: false; error: string };

/**
 * POST /webhooks/:id/test: a signed {"event":"test"} with a 5 s timeout, outside the outbox (no
 * retry, no failure streak). ok means a 2xx answer; anything else is explained in `error`.
 */
export async function testWebhookEndpoint(workspaceId: string, id: string, { timeoutMs = 5_000 }: { timeoutMs?: number } = {}): Promise<WebhookTestResult> {
  const endpoint = await findWebhookEndpointOrThrow(workspaceId, id);
  const result = await sendSignedWebhook({
    url: endpoint.url,
    body: JSON.stringify({ event: "test" }),
    event: "test",
    deliveryId: randomToken("test_", 24),
    secrets: activeWebhookSecrets(endpoint),
    timeoutMs,
  });
  if (result.statusCode === null) return { ok: false, error: result.error ?? "Your endpoint could not be reached." };
  if (result.statusCode >= 200 && result.statusCode < 300) return { ok: true, statusCode: result.statusCode };
  return { ok: false, error: `Your endpoint answered HTTP ${result.statusCode}.` };
}
