import type { z } from "zod";
import { db } from "@/lib/db";
import { findWorkspaceOrThrow } from "@/lib/usage/find-workspace-or-throw";
import { themeFieldsFrom, type themeInput, type ThemeView } from "./model";
import { lockWorkspaceThemes } from "./lock-workspace-themes";
import { setDefaultTheme } from "./set-default-theme";
import { toThemeView } from "./to-theme-view";

/** PUT /theme: replaces the default theme, or creates it as the default when there is none. */
export async function putWorkspaceTheme(workspaceId: string, input: z.output<typeof themeInput>): Promise<ThemeView> {
  const fields = themeFieldsFrom(input);
  await findWorkspaceOrThrow(workspaceId);
  return db.$transaction(async (tx) => {
    await lockWorkspaceThemes(tx, workspaceId);
    const current = await tx.theme.findFirst({ where: { workspaceId, isDefault: true } });
    const row = current ? await tx.theme.update({ where: { id: current.id }, data: fields }) : await tx.theme.create({ data: { workspaceId, ...fields, isDefault: false } });
    await setDefaultTheme(tx, workspaceId, row.id);
    return toThemeView(await tx.theme.findUniqueOrThrow({ where: { id: row.id } }));
  });
}
