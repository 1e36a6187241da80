import { db } from "@/lib/db";
import type { BrandProfileView } from "./model";
import { toBrandView } from "./to-brand-view";

export async function listBrandProfiles(workspaceId: string): Promise<{ data: BrandProfileView[] }> {
  const rows = await db.brandProfile.findMany({ where: { workspaceId }, orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }, { id: "asc" }] });
  return { data: rows.map(toBrandView) };
}
