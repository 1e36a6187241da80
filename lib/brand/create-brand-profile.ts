import { db } from "@/lib/db";
import { findWorkspaceOrThrow } from "@/lib/usage/find-workspace-or-throw";
import { DEFAULT_BRAND_ACCENT, type BrandProfileInput, type BrandProfileView } from "./model";
import { setDefaultBrandProfile } from "./set-default-brand-profile";
import { toBrandView } from "./to-brand-view";

/** A workspace's first profile becomes its default. */
export async function createBrandProfile(workspaceId: string, input: BrandProfileInput): Promise<BrandProfileView> {
  await findWorkspaceOrThrow(workspaceId);
  return db.$transaction(async (tx) => {
    const created = await tx.brandProfile.create({
      data: { workspaceId, name: input.name, clientLabel: input.clientLabel ?? null, accentColor: input.accentColor ?? DEFAULT_BRAND_ACCENT, customHost: input.customHost ?? null },
    });
    const hasDefault = (await tx.brandProfile.count({ where: { workspaceId, isDefault: true } })) > 0;
    if (input.isDefault || !hasDefault) await setDefaultBrandProfile(tx, workspaceId, created.id);
    return toBrandView(await tx.brandProfile.findUniqueOrThrow({ where: { id: created.id } }));
  });
}
