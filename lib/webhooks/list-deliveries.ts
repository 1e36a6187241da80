// Kept for modules that imported these from here; each lives in its own file.
export { listWebhookDeliveries } from "./list-webhook-deliveries";
export { replayWebhookDelivery } from "./replay-webhook-delivery";
