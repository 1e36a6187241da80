import { db } from "@/lib/db";
import { presetThemes, type WorkspaceThemeView } from "./model";
import { toThemeView } from "./to-theme-view";

/** GET /theme (Voice Clips' single-theme API): the default theme, or the minimal preset with null id. */
export async function getWorkspaceTheme(workspaceId: string): Promise<WorkspaceThemeView> {
  const theme = await db.theme.findFirst({ where: { workspaceId, isDefault: true } });
  return theme ? toThemeView(theme) : { id: null, ...presetThemes.minimal, isDefault: true, createdAt: null, updatedAt: null };
}
