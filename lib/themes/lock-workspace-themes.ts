import type { Tx } from "@/lib/db";

/**
 * Serialises default-theme changes of one workspace: under READ COMMITTED two transactions that
 * each clear "the other defaults" would not see each other's new default and both would keep one.
 */
export async function lockWorkspaceThemes(tx: Tx, workspaceId: string) {
  await tx.$executeRaw`SELECT 1 FROM "Workspace" WHERE "id" = ${workspaceId} FOR UPDATE`;
}
