import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ApiError, notFound } from "@/lib/api/errors";
import { getBillingProvider } from "@/lib/billing/get-billing-provider";
import { kitTemplateSpecSchema } from "@/lib/kits/model";
import { uniqueKitKey } from "@/lib/kits/unique-kit-key";
import { findWorkspaceOrThrow } from "@/lib/usage/find-workspace-or-throw";
import type { InstallResult } from "./model";

/**
 * Copies the listing's kit template into the workspace under a key of its own. Installing again
 * answers the first copy (`installed: false`). A paid listing is bought first through the billing
 * provider: locally the purchase is recorded at once; with Stripe the caller gets the Checkout
 * URL and installs after paying. A workspace installs its own listings without paying.
 */
export async function installListing(workspaceId: string, listingId: string): Promise<InstallResult> {
  await findWorkspaceOrThrow(workspaceId);
  const listing = await db.marketplaceListing.findUnique({ where: { id: listingId } });
  if (!listing) throw notFound("Listing");
  const existing = await db.kitTemplate.findFirst({ where: { workspaceId, sourceListingId: listing.id }, select: { key: true } });
  if (existing) return { kitId: existing.key, installed: false };
  const template = kitTemplateSpecSchema.parse(listing.template);

  if (listing.priceCents > 0 && listing.workspaceId !== workspaceId) {
    const bought = await db.marketplacePurchase.findUnique({ where: { workspaceId_listingId: { workspaceId, listingId } } });
    if (!bought) {
      const purchase = await getBillingProvider().recordPurchase(workspaceId, { id: listing.id, title: listing.title, priceCents: listing.priceCents });
      if ("url" in purchase) throw new ApiError("invalid_state", `This listing costs ${(listing.priceCents / 100).toFixed(2)} USD; complete the purchase at ${purchase.url} and install again.`);
    }
  }

  return db.$transaction(async (tx) => {
    // Serialises installs into one workspace so a double-click cannot make two copies.
    await tx.$executeRaw`SELECT 1 FROM "Workspace" WHERE "id" = ${workspaceId} FOR UPDATE`;
    const raced = await tx.kitTemplate.findFirst({ where: { workspaceId, sourceListingId: listing.id }, select: { key: true } });
    if (raced) return { kitId: raced.key, installed: false };
    const key = await uniqueKitKey(tx, workspaceId, template.key);
    await tx.kitTemplate.create({
      data: { workspaceId, key, name: template.name, description: template.description, category: template.category, tone: template.tone ?? null, assets: template.assets as unknown as Prisma.InputJsonValue, sourceListingId: listing.id },
    });
    await tx.marketplaceListing.update({ where: { id: listing.id }, data: { installs: { increment: 1 } } });
    return { kitId: key, installed: true };
  });
}
