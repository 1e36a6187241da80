import { db } from "@/lib/db";
import { page, type PageParams } from "@/lib/api/pagination";
import { findWebhookEndpointOrThrow } from "./find-webhook-endpoint-or-throw";
import { toDeliveryView } from "./to-delivery-view";

/** The delivery log of one endpoint, newest first, each with every attempt. */
export async function listWebhookDeliveries(workspaceId: string, endpointId: string, params: PageParams = { limit: 20, offset: 0 }) {
  await findWebhookEndpointOrThrow(workspaceId, endpointId);
  const where = { workspaceId, endpointId };
  const [rows, total] = await Promise.all([
    db.webhookDelivery.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: params.limit,
      skip: params.offset,
      include: { attemptLog: { where: { workspaceId }, orderBy: { number: "asc" } } },
    }),
    db.webhookDelivery.count({ where }),
  ]);
  return page(rows.map(toDeliveryView), total, params);
}
