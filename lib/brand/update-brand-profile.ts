import { db } from "@/lib/db";
import type { BrandProfileInput, BrandProfileView } from "./model";
import { findBrandProfileOrThrow } from "./find-brand-profile-or-throw";
import { setDefaultBrandProfile } from "./set-default-brand-profile";
import { toBrandView } from "./to-brand-view";

/** PATCH: only the fields given change; `isDefault: true` moves the default here (false is ignored, one profile stays default). */
export async function updateBrandProfile(workspaceId: string, id: string, input: Partial<BrandProfileInput>): Promise<BrandProfileView> {
  return db.$transaction(async (tx) => {
    await findBrandProfileOrThrow(workspaceId, id, tx);
    await tx.brandProfile.update({
      where: { id },
      data: {
        ...(input.name !== undefined && { name: input.name }),
        ...(input.clientLabel !== undefined && { clientLabel: input.clientLabel }),
        ...(input.accentColor !== undefined && { accentColor: input.accentColor }),
        ...(input.customHost !== undefined && { customHost: input.customHost }),
      },
    });
    if (input.isDefault) await setDefaultBrandProfile(tx, workspaceId, id);
    return toBrandView(await tx.brandProfile.findUniqueOrThrow({ where: { id } }));
  });
}
