import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ApiError, notFound } from "@/lib/api/errors";
import { assertPlanAllows } from "@/lib/billing/assert-plan-allows";
import { builtinKits } from "@/lib/kits/builtins";
import { kitTemplateSpecSchema } from "@/lib/kits/model";
import { findWorkspaceOrThrow } from "@/lib/usage/find-workspace-or-throw";
import type { ListingView, PublishListingInput } from "./model";
import { toListingView } from "./to-listing-view";

/**
 * Publishes one of the workspace's own kit templates (`kitId` is its key). Built-ins belong to
 * everyone and installed templates to their authors, so neither can be published.
 * The listing holds a snapshot: later edits to the template do not change what buyers get.
 */
export async function publishListing(workspaceId: string, input: PublishListingInput): Promise<ListingView> {
  assertPlanAllows(await findWorkspaceOrThrow(workspaceId), "marketplace");
  const template = await db.kitTemplate.findFirst({ where: { workspaceId, key: input.kitId } });
  if (!template) {
    if (builtinKits.some((k) => k.key === input.kitId)) throw new ApiError("invalid_state", "Built-in kits cannot be published; duplicate it and publish your copy.", { param: "kitId" });
    throw notFound("Kit");
  }
  if (template.sourceListingId) throw new ApiError("invalid_state", "Kits installed from the marketplace cannot be published again.", { param: "kitId" });
  const snapshot = kitTemplateSpecSchema.parse({ key: template.key, name: template.name, description: template.description, category: template.category, tone: template.tone, assets: template.assets });
  const row = await db.marketplaceListing.create({
    data: { workspaceId, title: input.title, description: input.description, category: input.category, priceCents: input.priceCents, template: snapshot as unknown as Prisma.InputJsonValue },
    include: { workspace: { select: { name: true } } },
  });
  return toListingView({ ...row, author: row.workspace.name });
}
