import { db } from "@/lib/db";
import { encryptSecret } from "@/lib/crypto/secret-box";
import { assertWebhookUrl } from "./assert-webhook-url";
import { generateWebhookSecret } from "./generate-webhook-secret";
import { createWebhookInput, type CreateWebhookInput } from "./schemas";
import { toEndpointView } from "./to-endpoint-view";

/** The secret (generated when omitted) is stored encrypted and returned here, once. */
export async function createWebhookEndpoint(workspaceId: string, input: CreateWebhookInput) {
  const parsed = createWebhookInput.parse(input);
  await assertWebhookUrl(parsed.url);
  const secret = parsed.secret ?? generateWebhookSecret();
  const row = await db.webhookEndpoint.create({
    data: { workspaceId, url: parsed.url, events: parsed.events, description: parsed.description ?? null, enabled: parsed.enabled, secretEncrypted: encryptSecret(secret) },
  });
  return { ...toEndpointView(row), secret };
}
