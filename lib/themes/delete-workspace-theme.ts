import { db } from "@/lib/db";
import { notFound } from "@/lib/api/errors";
import { deleteTheme } from "./delete-theme";

/** DELETE /theme: removes the default theme (another is promoted, or the minimal preset applies). */
export async function deleteWorkspaceTheme(workspaceId: string): Promise<{ id: string; deleted: true }> {
  const current = await db.theme.findFirst({ where: { workspaceId, isDefault: true }, select: { id: true } });
  if (!current) throw notFound("Theme");
  return deleteTheme(workspaceId, current.id);
}
