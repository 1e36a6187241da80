import { db, type Tx } from "@/lib/db";
import { notFound } from "@/lib/api/errors";

/** A brand profile of this workspace; another workspace's id answers 404 like a missing one. */
export async function findBrandProfileOrThrow(workspaceId: string, id: string, client: Pick<Tx, "brandProfile"> = db) {
  const profile = await client.brandProfile.findFirst({ where: { id, workspaceId } });
  if (!profile) throw notFound("Brand profile");
  return profile;
}
