/** Events a webhook endpoint can subscribe to; later modules append theirs here. */
export const webhookEvents = ["job.review", "job.delivered", "kit.generated", "job.failed"] as const;
export type WebhookEvent = (typeof webhookEvents)[number];
