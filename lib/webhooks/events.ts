export const webhookEvents = ["job.review", "job.delivered", "kit.generated", "job.failed"] as const;
export type WebhookEvent = (typeof webhookEvents)[number];
