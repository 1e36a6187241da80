import { db } from "@/lib/db";
import { findWebhookEndpointOrThrow } from "./find-webhook-endpoint-or-throw";
import { toEndpointView } from "./to-endpoint-view";

/**
 * Ends a rotation's grace period early. Receivers using the seed's single-signature verifier read
 * only the last v1, which is the old secret's during the grace; once they have switched to the new
 * secret, this makes the new signature the only one.
 */
export async function expirePreviousWebhookSecret(workspaceId: string, id: string) {
  await findWebhookEndpointOrThrow(workspaceId, id);
  await db.webhookEndpoint.updateMany({ where: { id, workspaceId }, data: { previousSecretEncrypted: null, previousSecretExpiresAt: null } });
  return toEndpointView(await findWebhookEndpointOrThrow(workspaceId, id));
}
