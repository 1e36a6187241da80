import { decryptSecret } from "@/lib/crypto/secret-box";
import { findWebhookEndpointOrThrow } from "./find-webhook-endpoint-or-throw";

export async function revealWebhookSecret(workspaceId: string, id: string) {
  const row = await findWebhookEndpointOrThrow(workspaceId, id);
  return { id: row.id, secret: decryptSecret(row.secretEncrypted) };
}
