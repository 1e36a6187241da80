import { db } from "@/lib/db";
import { notFound } from "@/lib/api/errors";

export async function findWebhookEndpointOrThrow(workspaceId: string, id: string) {
  const row = await db.webhookEndpoint.findFirst({ where: { id, workspaceId } });
  if (!row) throw notFound("Webhook endpoint");
  return row;
}
