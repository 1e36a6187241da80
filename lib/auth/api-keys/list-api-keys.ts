import { db } from "@/lib/db";
import { page, type PageParams } from "@/lib/api/pagination";
import { toApiKeyView } from "./view";

export async function listApiKeys(workspaceId: string, params: PageParams & { includeRevoked?: boolean }) {
  const where = { workspaceId, ...(params.includeRevoked ? {} : { revokedAt: null }) };
  const [rows, total] = await Promise.all([
    db.apiKey.findMany({ where, orderBy: { createdAt: "desc" }, take: params.limit, skip: params.offset }),
    db.apiKey.count({ where }),
  ]);
  return page(rows.map(toApiKeyView), total, params);
}
