import type { ThemeView } from "./model";
import { findThemeOrThrow } from "./find-theme-or-throw";
import { toThemeView } from "./to-theme-view";

export async function getTheme(workspaceId: string, id: string): Promise<ThemeView> {
  return toThemeView(await findThemeOrThrow(workspaceId, id));
}
