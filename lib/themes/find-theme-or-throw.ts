import { db, type Tx } from "@/lib/db";
import { notFound } from "@/lib/api/errors";

/** A theme of this workspace; another workspace's id is indistinguishable from a missing one. */
export async function findThemeOrThrow(workspaceId: string, id: string, client: Pick<Tx, "theme"> = db) {
  const theme = await client.theme.findFirst({ where: { id, workspaceId } });
  if (!theme) throw notFound("Theme");
  return theme;
}
