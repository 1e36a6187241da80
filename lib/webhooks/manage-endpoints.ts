// Webhook endpoints of a workspace (session-only routes). Secrets are generated when omitted,
// stored encrypted, shown in the create response and revealable in the Studio.
import { randomInt } from "node:crypto";
import type { z } from "zod";
import { db } from "@/lib/db";
import { ApiError, notFound } from "@/lib/api/errors";
import { config } from "@/lib/config";
import { page, type PageParams } from "@/lib/api/pagination";
import { decryptSecret, encryptSecret } from "@/lib/crypto/secret-box";
import { assertPublicUrl, UnsafeUrlError } from "@/lib/net/assert-public-url";
import type { createWebhookInput, updateWebhookInput } from "./schemas";
import { toEndpointView } from "./to-endpoint-view";

const ROTATION_GRACE_MS = 24 * 3600 * 1000;
const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

export const generateWebhookSecret = () => `whsec_${Array.from({ length: 32 }, () => alphabet[randomInt(alphabet.length)]).join("")}`;

async function checkUrl(url: string) {
  try {
    await assertPublicUrl(url, { allowPrivate: config.allowPrivateUrls, requireHttps: true });
  } catch (error) {
    if (error instanceof UnsafeUrlError) throw new ApiError("invalid_request", error.message, { param: "url" });
    throw error;
  }
}

async function getEndpointRow(workspaceId: string, id: string) {
  const row = await db.webhookEndpoint.findFirst({ where: { id, workspaceId } });
  if (!row) throw notFound("Webhook endpoint");
  return row;
}

export async function createWebhookEndpoint(workspaceId: string, input: z.infer<typeof createWebhookInput>) {
  await checkUrl(input.url);
  const secret = input.secret ?? generateWebhookSecret();
  const row = await db.webhookEndpoint.create({
    data: { workspaceId, url: input.url, events: input.events.includes("*") ? [] : input.events, description: input.description ?? null, enabled: input.enabled, secretEncrypted: encryptSecret(secret) },
  });
  return { ...toEndpointView(row), secret };
}

export async function listWebhookEndpoints(workspaceId: string, params: PageParams) {
  const [rows, total] = await Promise.all([
    db.webhookEndpoint.findMany({ where: { workspaceId }, orderBy: { createdAt: "desc" }, take: params.limit, skip: params.offset }),
    db.webhookEndpoint.count({ where: { workspaceId } }),
  ]);
  return page(rows.map(toEndpointView), total, params);
}

export async function getWebhookEndpoint(workspaceId: string, id: string) {
  return toEndpointView(await getEndpointRow(workspaceId, id));
}

export async function updateWebhookEndpoint(workspaceId: string, id: string, input: z.infer<typeof updateWebhookInput>) {
  await getEndpointRow(workspaceId, id);
  if (input.url) await checkUrl(input.url);
  const row = await db.webhookEndpoint.update({
    where: { id },
    data: {
      ...(input.url ? { url: input.url } : {}),
      ...(input.events ? { events: input.events.includes("*") ? [] : input.events } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      // Re-enabling clears the automatic disable and its failure streak.
      ...(input.enabled !== undefined ? { enabled: input.enabled, ...(input.enabled ? { disabledAt: null, disabledReason: null, consecutiveFailures: 0 } : {}) } : {}),
    },
  });
  return toEndpointView(row);
}

export async function deleteWebhookEndpoint(workspaceId: string, id: string) {
  await getEndpointRow(workspaceId, id);
  await db.webhookEndpoint.delete({ where: { id } });
  return { id, deleted: true as const };
}

export async function revealWebhookSecret(workspaceId: string, id: string) {
  const row = await getEndpointRow(workspaceId, id);
  return { id: row.id, secret: decryptSecret(row.secretEncrypted) };
}

/** A new secret signs from now on; the old one keeps signing too for 24 hours. */
export async function rotateWebhookSecret(workspaceId: string, id: string) {
  const row = await getEndpointRow(workspaceId, id);
  const secret = generateWebhookSecret();
  const updated = await db.webhookEndpoint.update({
    where: { id },
    data: { secretEncrypted: encryptSecret(secret), previousSecretEncrypted: row.secretEncrypted, previousSecretExpiresAt: new Date(Date.now() + ROTATION_GRACE_MS) },
  });
  return { ...toEndpointView(updated), secret };
}

/** The secrets that sign now: the current one and, during a rotation, the previous one. */
export function activeSecrets(row: { secretEncrypted: string; previousSecretEncrypted: string | null; previousSecretExpiresAt: Date | null }, now = new Date()): string[] {
  const secrets = [decryptSecret(row.secretEncrypted)];
  // The previous secret signs last: the seed's verifier keeps the last v1, so integrations that
  // have not switched yet keep verifying during the grace period.
  if (row.previousSecretEncrypted && row.previousSecretExpiresAt && row.previousSecretExpiresAt > now) secrets.push(decryptSecret(row.previousSecretEncrypted));
  return secrets;
}
