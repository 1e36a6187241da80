// Kept for modules that imported the endpoint functions from here; each lives in its own file.
export { createWebhookEndpoint } from "./create-webhook-endpoint";
export { listWebhookEndpoints } from "./list-webhook-endpoints";
export { getWebhookEndpoint } from "./get-webhook-endpoint";
export { updateWebhookEndpoint } from "./update-webhook-endpoint";
export { deleteWebhookEndpoint } from "./delete-webhook-endpoint";
export { revealWebhookSecret } from "./reveal-webhook-secret";
export { rotateWebhookSecret } from "./rotate-webhook-secret";
