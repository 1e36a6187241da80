import { db } from "@/lib/db";
import { notFound } from "@/lib/api/errors";
import { activeSecrets } from "./manage-endpoints";
import { sendSigned } from "./send-signed";

/** POST /webhooks/:id/test: a signed {"event":"test"} with a 5 s timeout, as the seed describes. */
export async function testWebhookEndpoint(workspaceId: string, id: string): Promise<{ ok: true; statusCode: number } | { ok: false; error: string; statusCode?: number }> {
  const endpoint = await db.webhookEndpoint.findFirst({ where: { id, workspaceId } });
  if (!endpoint) throw notFound("Webhook endpoint");
  const result = await sendSigned(endpoint.url, JSON.stringify({ event: "test" }), { event: "test", deliveryId: `test_${Date.now().toString(36)}` }, activeSecrets(endpoint), 5_000);
  if (result.statusCode === null) return { ok: false, error: result.error ?? "unreachable" };
  if (result.statusCode >= 200 && result.statusCode < 300) return { ok: true, statusCode: result.statusCode };
  return { ok: false, error: `Your endpoint answered HTTP ${result.statusCode}`, statusCode: result.statusCode };
}
