import { db } from "@/lib/db";
import { presetThemes, themeFieldsSchema, type ThemeFields } from "./model";

/** The workspace's default theme (quote cards, videos), or the minimal preset. */
export async function getDefaultTheme(workspaceId: string): Promise<ThemeFields & { version: string }> {
  const row = await db.theme.findFirst({ where: { workspaceId }, orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }] });
  if (!row) return { ...presetThemes.minimal, version: "preset" };
  const parsed = themeFieldsSchema.safeParse(row);
  return { ...(parsed.success ? parsed.data : presetThemes.minimal), version: `${row.id}:${row.updatedAt.getTime()}` };
}
