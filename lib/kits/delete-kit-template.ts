import { db } from "@/lib/db";
import { findWorkspaceKitOrThrow } from "./find-workspace-kit-or-throw";

/** Deletes a workspace template; jobs keep the kits already generated from it. */
export async function deleteKitTemplate(workspaceId: string, key: string): Promise<{ id: string; deleted: true }> {
  const row = await findWorkspaceKitOrThrow(workspaceId, key, "deleted");
  await db.kitTemplate.deleteMany({ where: { id: row.id, workspaceId } });
  return { id: key, deleted: true };
}
