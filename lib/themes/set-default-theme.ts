import type { Tx } from "@/lib/db";

/** Makes one theme the default and clears the flag on the others (caller holds the workspace lock). */
export async function setDefaultTheme(tx: Tx, workspaceId: string, id: string) {
  await tx.theme.updateMany({ where: { workspaceId, isDefault: true, NOT: { id } }, data: { isDefault: false } });
  await tx.theme.updateMany({ where: { workspaceId, id }, data: { isDefault: true } });
}
