import { db } from "@/lib/db";
import { notFound } from "@/lib/api/errors";
import { assertWebhookUrl } from "./assert-webhook-url";
import { findWebhookEndpointOrThrow } from "./find-webhook-endpoint-or-throw";
import { updateWebhookInput, type UpdateWebhookInput } from "./schemas";
import { toEndpointView } from "./to-endpoint-view";

export async function updateWebhookEndpoint(workspaceId: string, id: string, input: UpdateWebhookInput) {
  const parsed = updateWebhookInput.parse(input);
  await findWebhookEndpointOrThrow(workspaceId, id);
  if (parsed.url) await assertWebhookUrl(parsed.url);
  const { count } = await db.webhookEndpoint.updateMany({
    where: { id, workspaceId },
    data: {
      ...(parsed.url ? { url: parsed.url } : {}),
      ...(parsed.events ? { events: parsed.events } : {}),
      ...(parsed.description !== undefined ? { description: parsed.description } : {}),
      // Re-enabling clears an automatic disable and its failure streak, so the endpoint gets a fresh start.
      ...(parsed.enabled === true ? { enabled: true, disabledAt: null, disabledReason: null, consecutiveFailures: 0 } : {}),
      ...(parsed.enabled === false ? { enabled: false, disabledAt: new Date(), disabledReason: "Disabled by a member." } : {}),
    },
  });
  if (!count) throw notFound("Webhook endpoint");
  return toEndpointView(await findWebhookEndpointOrThrow(workspaceId, id));
}
