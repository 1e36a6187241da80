import type { Tx } from "@/lib/db";

/**
 * Makes one profile the workspace's default. The workspace row lock serialises concurrent
 * changes, which would otherwise each clear the other's flag and keep two defaults.
 */
export async function setDefaultBrandProfile(tx: Tx, workspaceId: string, id: string) {
  await tx.$executeRaw`SELECT 1 FROM "Workspace" WHERE "id" = ${workspaceId} FOR UPDATE`;
  await tx.brandProfile.updateMany({ where: { workspaceId, isDefault: true, NOT: { id } }, data: { isDefault: false } });
  await tx.brandProfile.updateMany({ where: { workspaceId, id }, data: { isDefault: true } });
}
