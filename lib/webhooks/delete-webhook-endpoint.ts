import { db } from "@/lib/db";
import { notFound } from "@/lib/api/errors";

/** Deliveries and their attempt logs go with the endpoint (cascade). */
export async function deleteWebhookEndpoint(workspaceId: string, id: string) {
  const { count } = await db.webhookEndpoint.deleteMany({ where: { id, workspaceId } });
  if (!count) throw notFound("Webhook endpoint");
  return { id, deleted: true as const };
}
