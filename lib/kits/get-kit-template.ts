import { db } from "@/lib/db";
import { notFound } from "@/lib/api/errors";
import { builtinKits } from "./builtins";
import { kitTemplateSpecSchema, type KitTemplateSpec } from "./model";

/** The workspace's own (or installed) template of that key first, then the built-in one. */
export async function getKitTemplate(workspaceId: string, key: string): Promise<KitTemplateSpec> {
  const own = await db.kitTemplate.findFirst({ where: { workspaceId, key } });
  if (own) return kitTemplateSpecSchema.parse({ key: own.key, name: own.name, description: own.description, category: own.category, tone: own.tone, assets: own.assets });
  const builtin = builtinKits.find((k) => k.key === key);
  if (!builtin) throw notFound("Kit");
  return builtin;
}
