import { db } from "@/lib/db";
import { getBlobStore } from "@/lib/storage";
import { findBrandProfileOrThrow } from "./find-brand-profile-or-throw";
import { setDefaultBrandProfile } from "./set-default-brand-profile";

/** Deleting the default promotes the oldest remaining profile; the logo blob goes too. */
export async function deleteBrandProfile(workspaceId: string, id: string): Promise<{ id: string; deleted: true }> {
  const removed = await db.$transaction(async (tx) => {
    const profile = await findBrandProfileOrThrow(workspaceId, id, tx);
    await tx.brandProfile.delete({ where: { id } });
    if (profile.isDefault) {
      const next = await tx.brandProfile.findFirst({ where: { workspaceId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
      if (next) await setDefaultBrandProfile(tx, workspaceId, next.id);
    }
    return profile;
  });
  // An orphaned blob is harmless; failing the delete after the row is gone would not be.
  if (removed.logoBlobKey) await getBlobStore().delete(removed.logoBlobKey).catch(() => undefined);
  return { id, deleted: true };
}
