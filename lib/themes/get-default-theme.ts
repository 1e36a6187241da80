import { db } from "@/lib/db";
import { presetThemes, type ThemeFields } from "./model";
import { toThemeView } from "./to-theme-view";

/** The workspace's default theme as renderers use it (quote cards, videos), or the minimal preset; `version` keys render caches. */
export async function getDefaultTheme(workspaceId: string): Promise<ThemeFields & { version: string }> {
  const row = await db.theme.findFirst({ where: { workspaceId }, orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }] });
  if (!row) return { ...presetThemes.minimal, version: "preset" };
  const { id: _id, isDefault: _isDefault, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = toThemeView(row);
  return { ...fields, version: `${row.id}:${row.updatedAt.getTime()}` };
}
