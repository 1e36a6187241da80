import { z } from "zod";
import { defineEndpoint } from "@/lib/api/define-endpoint";
import { pageSchema, paginationQuery } from "@/lib/api/pagination";
import { createWebhookInput, updateWebhookInput, webhookDeliveryView, webhookEndpointView } from "@/lib/webhooks/schemas";
import { createWebhookEndpoint } from "@/lib/webhooks/create-webhook-endpoint";
import { deleteWebhookEndpoint } from "@/lib/webhooks/delete-webhook-endpoint";
import { getWebhookEndpoint } from "@/lib/webhooks/get-webhook-endpoint";
import { listWebhookEndpoints } from "@/lib/webhooks/list-webhook-endpoints";
import { revealWebhookSecret } from "@/lib/webhooks/reveal-webhook-secret";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-webhook-secret";
import { updateWebhookEndpoint } from "@/lib/webhooks/update-webhook-endpoint";
import { listWebhookDeliveries } from "@/lib/webhooks/list-webhook-deliveries";
import { replayWebhookDelivery } from "@/lib/webhooks/replay-webhook-delivery";
import { testWebhookEndpoint } from "@/lib/webhooks/test-webhook-endpoint";
import { expirePreviousWebhookSecret } from "@/lib/webhooks/expire-previous-webhook-secret";

const idParams = z.object({ id: z.string().min(1).max(64) });
const tags = ["Webhooks"];
const withSecret = webhookEndpointView.extend({ secret: z.string() });

export const listWebhooks = defineEndpoint({ method: "GET", path: "/webhooks", summary: "List webhook endpoints", tags, auth: "session", query: paginationQuery, response: pageSchema(webhookEndpointView), handler: async ({ workspace, query }) => listWebhookEndpoints(workspace.id, query) });

export const createWebhook = defineEndpoint({
  method: "POST",
  path: "/webhooks",
  summary: "Add a webhook endpoint (the signing secret is generated when omitted and returned once here)",
  tags,
  auth: "session",
  body: createWebhookInput,
  status: 201,
  response: withSecret,
  handler: async ({ workspace, body }) => createWebhookEndpoint(workspace.id, body),
});

export const getWebhook = defineEndpoint({ method: "GET", path: "/webhooks/{id}", summary: "A webhook endpoint", tags, auth: "session", params: idParams, response: webhookEndpointView, handler: async ({ workspace, params }) => getWebhookEndpoint(workspace.id, params.id) });

export const updateWebhook = defineEndpoint({ method: "PATCH", path: "/webhooks/{id}", summary: "Change url, events, description or enabled", tags, auth: "session", params: idParams, body: updateWebhookInput, response: webhookEndpointView, handler: async ({ workspace, params, body }) => updateWebhookEndpoint(workspace.id, params.id, body) });

export const deleteWebhook = defineEndpoint({ method: "DELETE", path: "/webhooks/{id}", summary: "Remove a webhook endpoint", tags, auth: "session", params: idParams, response: z.object({ id: z.string(), deleted: z.literal(true) }), handler: async ({ workspace, params }) => deleteWebhookEndpoint(workspace.id, params.id) });

export const revealSecret = defineEndpoint({ method: "GET", path: "/webhooks/{id}/secret", summary: "Reveal the signing secret", tags, auth: "session", params: idParams, response: z.object({ id: z.string(), secret: z.string() }), handler: async ({ workspace, params }) => revealWebhookSecret(workspace.id, params.id) });

export const rotateSecret = defineEndpoint({ method: "POST", path: "/webhooks/{id}/rotate-secret", summary: "Rotate the secret (the old one keeps signing for 24 hours)", tags, auth: "session", params: idParams, response: withSecret, handler: async ({ workspace, params }) => rotateWebhookSecret(workspace.id, params.id) });

export const endRotation = defineEndpoint({
  method: "DELETE",
  path: "/webhooks/{id}/previous-secret",
  summary: "End a rotation's grace period now: from here on only the new secret signs",
  tags,
  auth: "session",
  params: idParams,
  response: webhookEndpointView,
  handler: async ({ workspace, params }) => expirePreviousWebhookSecret(workspace.id, params.id),
});

export const testWebhook = defineEndpoint({
  method: "POST",
  path: "/webhooks/{id}/test",
  summary: 'Send a signed {"event":"test"} (5 s timeout)',
  tags,
  auth: "session",
  params: idParams,
  response: z.union([z.object({ ok: z.literal(true), statusCode: z.number() }), z.object({ ok: z.literal(false), error: z.string(), statusCode: z.number().optional() })]),
  handler: async ({ workspace, params }) => testWebhookEndpoint(workspace.id, params.id),
});

export const listDeliveries = defineEndpoint({
  method: "GET",
  path: "/webhooks/{id}/deliveries",
  summary: "The delivery log, newest first, with every attempt",
  tags,
  auth: "session",
  params: idParams,
  query: paginationQuery,
  response: pageSchema(webhookDeliveryView),
  handler: async ({ workspace, params, query }) => listWebhookDeliveries(workspace.id, params.id, query),
});

export const replayDelivery = defineEndpoint({
  method: "POST",
  path: "/webhooks/{id}/deliveries/{deliveryId}/replay",
  summary: "Send a past delivery's event again (as a new delivery)",
  tags,
  auth: "session",
  params: idParams.extend({ deliveryId: z.string().min(1).max(64) }),
  status: 202,
  response: z.object({ id: z.string(), replayOf: z.string(), status: z.literal("pending") }),
  handler: async ({ workspace, params }) => replayWebhookDelivery(workspace.id, params.id, params.deliveryId),
});
