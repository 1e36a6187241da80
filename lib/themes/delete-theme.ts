import { db } from "@/lib/db";
import { findThemeOrThrow } from "./find-theme-or-throw";
import { lockWorkspaceThemes } from "./lock-workspace-themes";
import { setDefaultTheme } from "./set-default-theme";

/** Deleting the default promotes the oldest remaining theme; with none left, the minimal preset applies. */
export async function deleteTheme(workspaceId: string, id: string): Promise<{ id: string; deleted: true }> {
  await db.$transaction(async (tx) => {
    await lockWorkspaceThemes(tx, workspaceId);
    const theme = await findThemeOrThrow(workspaceId, id, tx);
    await tx.theme.delete({ where: { id: theme.id } });
    if (!theme.isDefault) return;
    const next = await tx.theme.findFirst({ where: { workspaceId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    if (next) await setDefaultTheme(tx, workspaceId, next.id);
  });
  return { id, deleted: true };
}
