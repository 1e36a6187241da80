import { db } from "@/lib/db";
import { builtinKits } from "./builtins";
import { kitAssetSpecSchema, type KitView } from "./model";

export type { KitView } from "./model";

const assetList = (assets: unknown) => {
  const parsed = kitAssetSpecSchema.array().safeParse(assets);
  return parsed.success ? parsed.data.map(({ type, title }) => ({ type, title })) : [];
};

/** GET /kits: built-ins (unless the workspace has its own of that key), then the workspace's own and installed templates, oldest first. */
export async function listKits(workspaceId: string): Promise<KitView[]> {
  const own = await db.kitTemplate.findMany({ where: { workspaceId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  const overridden = new Set(own.map((k) => k.key));
  return [
    ...builtinKits.filter((k) => !overridden.has(k.key)).map((k) => ({ id: k.key, name: k.name, description: k.description, category: k.category, assets: assetList(k.assets), source: "builtin" as const })),
    ...own.map((k) => ({ id: k.key, name: k.name, description: k.description, category: k.category, assets: assetList(k.assets), source: k.sourceListingId ? ("marketplace" as const) : ("workspace" as const) })),
  ];
}
