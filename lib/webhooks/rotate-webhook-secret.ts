import { db } from "@/lib/db";
import { ApiError } from "@/lib/api/errors";
import { encryptSecret } from "@/lib/crypto/secret-box";
import { findWebhookEndpointOrThrow } from "./find-webhook-endpoint-or-throw";
import { generateWebhookSecret } from "./generate-webhook-secret";
import { toEndpointView } from "./to-endpoint-view";

export const SECRET_ROTATION_GRACE_MS = 24 * 3600 * 1000;

/**
 * A new secret signs from now on; the old one keeps signing too (a second v1) for `graceMs`,
 * 24 h by default. graceMs 0 retires the old secret at once (e.g. after a leak).
 */
export async function rotateWebhookSecret(workspaceId: string, id: string, { graceMs = SECRET_ROTATION_GRACE_MS, now = new Date() }: { graceMs?: number; now?: Date } = {}) {
  const row = await findWebhookEndpointOrThrow(workspaceId, id);
  const secret = generateWebhookSecret();
  const grace = Math.min(Math.max(0, graceMs), SECRET_ROTATION_GRACE_MS);
  const { count } = await db.webhookEndpoint.updateMany({
    where: { id, workspaceId, secretEncrypted: row.secretEncrypted },
    data: {
      secretEncrypted: encryptSecret(secret),
      previousSecretEncrypted: grace ? row.secretEncrypted : null,
      previousSecretExpiresAt: grace ? new Date(now.getTime() + grace) : null,
    },
  });
  // A concurrent rotation won the race; answering with a secret that never took effect would lock the caller out.
  if (!count) throw new ApiError("invalid_state", "The secret was rotated at the same moment by someone else; reveal it or rotate again.");
  return { ...toEndpointView(await findWebhookEndpointOrThrow(workspaceId, id), now), secret };
}
