import { db } from "@/lib/db";
import type { ThemeView } from "./model";
import { toThemeView } from "./to-theme-view";

/** The default first, then oldest first. */
export async function listThemes(workspaceId: string): Promise<{ data: ThemeView[] }> {
  const rows = await db.theme.findMany({ where: { workspaceId }, orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }, { id: "asc" }] });
  return { data: rows.map(toThemeView) };
}
