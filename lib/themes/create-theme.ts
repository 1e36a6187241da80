import type { z } from "zod";
import { db } from "@/lib/db";
import { findWorkspaceOrThrow } from "@/lib/usage/find-workspace-or-throw";
import { themeFieldsFrom, type themeInput, type ThemeView } from "./model";
import { lockWorkspaceThemes } from "./lock-workspace-themes";
import { setDefaultTheme } from "./set-default-theme";
import { toThemeView } from "./to-theme-view";

/** Unspecified fields come from the preset; a workspace's first theme becomes its default. */
export async function createTheme(workspaceId: string, input: z.output<typeof themeInput>): Promise<ThemeView> {
  const fields = themeFieldsFrom(input);
  await findWorkspaceOrThrow(workspaceId);
  return db.$transaction(async (tx) => {
    await lockWorkspaceThemes(tx, workspaceId);
    const hasDefault = (await tx.theme.count({ where: { workspaceId, isDefault: true } })) > 0;
    const row = await tx.theme.create({ data: { workspaceId, ...fields, isDefault: false } });
    if (!hasDefault || input.isDefault) await setDefaultTheme(tx, workspaceId, row.id);
    return toThemeView(await tx.theme.findUniqueOrThrow({ where: { id: row.id } }));
  });
}
