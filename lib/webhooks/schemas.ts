import { z } from "zod";
import { webhookEvents } from "./events";

// Either ["*"] (every event, including ones added later) or a list of known events.
const eventFilter = z
  .array(z.union([z.enum(webhookEvents), z.literal("*")]))
  .min(1)
  .max(50)
  .refine((events) => !events.includes("*") || events.length === 1, { message: 'use ["*"] alone, or a list of events' })
  .transform((events) => [...new Set(events)]);

export const createWebhookInput = z.object({
  url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).max(2000),
  events: eventFilter.default(["*"]),
  description: z.string().trim().max(300).nullish(),
  enabled: z.boolean().default(true),
  secret: z.string().regex(/^whsec_[A-Za-z0-9]{24,64}$/, "must look like whsec_ followed by 24–64 letters and digits").optional(),
});

export const updateWebhookInput = z.object({
  url: createWebhookInput.shape.url.optional(),
  events: eventFilter.optional(),
  description: createWebhookInput.shape.description,
  enabled: z.boolean().optional(),
});

export type CreateWebhookInput = z.input<typeof createWebhookInput>;
export type UpdateWebhookInput = z.input<typeof updateWebhookInput>;

export const webhookEndpointView = z.object({
  id: z.string(),
  url: z.string(),
  events: z.array(z.string()),
  description: z.string().nullable(),
  enabled: z.boolean(),
  disabledReason: z.string().nullable(),
  consecutiveFailures: z.number().int(),
  secretRotatedUntil: z.string().nullable(),
  createdAt: z.string(),
});

export const webhookAttemptView = z.object({
  number: z.number().int(),
  statusCode: z.number().int().nullable(),
  durationMs: z.number().int(),
  responseExcerpt: z.string().nullable(),
  error: z.string().nullable(),
  createdAt: z.string(),
});

export const webhookDeliveryView = z.object({
  id: z.string(),
  event: z.string(),
  status: z.enum(["pending", "sending", "delivered", "failed"]),
  attempts: z.number().int(),
  nextAttemptAt: z.string().nullable(),
  lastStatusCode: z.number().nullable(),
  lastError: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  createdAt: z.string(),
  body: z.string(),
  attemptLog: z.array(webhookAttemptView),
});

export type WebhookEndpointView = z.infer<typeof webhookEndpointView>;
export type WebhookDeliveryView = z.infer<typeof webhookDeliveryView>;
