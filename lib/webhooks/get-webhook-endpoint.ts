import { findWebhookEndpointOrThrow } from "./find-webhook-endpoint-or-throw";
import { toEndpointView } from "./to-endpoint-view";

export async function getWebhookEndpoint(workspaceId: string, id: string) {
  return toEndpointView(await findWebhookEndpointOrThrow(workspaceId, id));
}
