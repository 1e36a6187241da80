import type { z } from "zod";
import { db } from "@/lib/db";
import { themeFieldsFrom, type themeInput, type ThemeView } from "./model";
import { findThemeOrThrow } from "./find-theme-or-throw";
import { lockWorkspaceThemes } from "./lock-workspace-themes";
import { setDefaultTheme } from "./set-default-theme";
import { toThemeView } from "./to-theme-view";

/**
 * PUT semantics: the theme becomes exactly the input, its gaps filled from the preset.
 * `isDefault: true` makes it the default; false or absent leaves the flag as it is, because
 * a workspace with themes always keeps one default.
 */
export async function replaceTheme(workspaceId: string, id: string, input: z.output<typeof themeInput>): Promise<ThemeView> {
  const fields = themeFieldsFrom(input);
  return db.$transaction(async (tx) => {
    await lockWorkspaceThemes(tx, workspaceId);
    await findThemeOrThrow(workspaceId, id, tx);
    await tx.theme.update({ where: { id }, data: fields });
    if (input.isDefault) await setDefaultTheme(tx, workspaceId, id);
    return toThemeView(await tx.theme.findUniqueOrThrow({ where: { id } }));
  });
}
