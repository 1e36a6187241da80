import type { BrandProfileView } from "./model";
import { findBrandProfileOrThrow } from "./find-brand-profile-or-throw";
import { toBrandView } from "./to-brand-view";

export async function getBrandProfile(workspaceId: string, id: string): Promise<BrandProfileView> {
  return toBrandView(await findBrandProfileOrThrow(workspaceId, id));
}
