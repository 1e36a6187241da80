import { db } from "@/lib/db";
import { page, type PageParams } from "@/lib/api/pagination";
import { toEndpointView } from "./to-endpoint-view";

export async function listWebhookEndpoints(workspaceId: string, params: PageParams = { limit: 20, offset: 0 }) {
  const [rows, total] = await Promise.all([
    db.webhookEndpoint.findMany({ where: { workspaceId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: params.limit, skip: params.offset }),
    db.webhookEndpoint.count({ where: { workspaceId } }),
  ]);
  return page(rows.map((row) => toEndpointView(row)), total, params);
}
