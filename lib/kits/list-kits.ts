import { db } from "@/lib/db";
import { builtinKits } from "./builtins";
import type { KitAssetSpec } from "./model";

export interface KitView {
  id: string;
  name: string;
  description: string;
  category: string;
  assets: { type: string; title: string }[];
  source: "builtin" | "workspace" | "marketplace";
}

/** Built-in templates, then the workspace's own and installed ones (GET /kits). */
export async function listKits(workspaceId: string): Promise<KitView[]> {
  const own = await db.kitTemplate.findMany({ where: { workspaceId }, orderBy: { createdAt: "asc" } });
  const overridden = new Set(own.map((k) => k.key));
  return [
    ...builtinKits.filter((k) => !overridden.has(k.key)).map((k) => ({ id: k.key, name: k.name, description: k.description, category: k.category, assets: k.assets.map(({ type, title }) => ({ type, title })), source: "builtin" as const })),
    ...own.map((k) => ({
      id: k.key,
      name: k.name,
      description: k.description,
      category: k.category,
      assets: (k.assets as unknown as KitAssetSpec[]).map(({ type, title }) => ({ type, title })),
      source: k.sourceListingId ? ("marketplace" as const) : ("workspace" as const),
    })),
  ];
}
