import type { WebhookEndpoint } from "@/lib/generated/prisma/client";
import type { WebhookEndpointView } from "./schemas";

export const toEndpointView = (e: WebhookEndpoint, now = new Date()): WebhookEndpointView => ({
  id: e.id,
  url: e.url,
  // Rows written before "*" was stored literally use an empty list for "every event".
  events: e.events.length ? e.events : ["*"],
  description: e.description,
  enabled: e.enabled,
  disabledReason: e.disabledReason,
  consecutiveFailures: e.consecutiveFailures,
  secretRotatedUntil: e.previousSecretExpiresAt && e.previousSecretExpiresAt > now ? e.previousSecretExpiresAt.toISOString() : null,
  createdAt: e.createdAt.toISOString(),
});
