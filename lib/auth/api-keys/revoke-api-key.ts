import { db } from "@/lib/db";
import { notFound } from "@/lib/api/errors";
import { evictApiKeyCache } from "./authenticate-api-key";
import { toApiKeyView } from "./view";

export async function revokeApiKey(workspaceId: string, id: string) {
  const key = await db.apiKey.findFirst({ where: { id, workspaceId } });
  if (!key) throw notFound("API key");
  const row = key.revokedAt ? key : await db.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
  evictApiKeyCache();
  return toApiKeyView(row);
}
