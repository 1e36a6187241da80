import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ApiError, notFound } from "@/lib/api/errors";
import { getKitTemplate } from "@/lib/kits/get-kit-template";
import { kitTemplateSpecSchema } from "@/lib/kits/model";
import { getBillingProvider } from "@/lib/billing/billing-provider";
import { toListingView } from "./search-listings";

export const publishListingInput = z.object({
  kitId: z.string().min(1).max(64),
  title: z.string().trim().min(3).max(120),
  description: z.string().trim().min(10).max(2000),
  category: z.string().trim().min(2).max(60),
  priceCents: z.number().int().min(0).max(100_000).default(0),
});

export async function getListing(id: string) {
  const l = await db.marketplaceListing.findUnique({ where: { id }, include: { workspace: { select: { name: true } } } });
  if (!l) throw notFound("Listing");
  return toListingView({ ...l, author: l.workspace.name });
}

export async function publishListing(workspaceId: string, input: z.infer<typeof publishListingInput>) {
  const template = await getKitTemplate(workspaceId, input.kitId);
  const row = await db.marketplaceListing.create({
    data: { workspaceId, title: input.title, description: input.description, category: input.category, priceCents: input.priceCents, template: template as unknown as Prisma.InputJsonValue },
    include: { workspace: { select: { name: true } } },
  });
  return toListingView({ ...row, author: row.workspace.name });
}

/** Copies the listing's kit into the workspace (idempotent); paid listings are bought first. */
export async function installListing(workspaceId: string, listingId: string) {
  const listing = await db.marketplaceListing.findUnique({ where: { id: listingId } });
  if (!listing) throw notFound("Listing");
  const existing = await db.kitTemplate.findFirst({ where: { workspaceId, sourceListingId: listing.id } });
  if (existing) return { kitId: existing.key, installed: false };
  const template = kitTemplateSpecSchema.parse(listing.template);
  if (listing.priceCents > 0) {
    const bought = await db.marketplacePurchase.findUnique({ where: { workspaceId_listingId: { workspaceId, listingId } } });
    if (!bought) {
      const purchase = await getBillingProvider().recordPurchase({ workspaceId, listingId, priceCents: listing.priceCents, title: listing.title });
      if ("url" in purchase) throw new ApiError("invalid_state", `Complete the purchase first: ${purchase.url}`);
    }
  }
  return db.$transaction(async (tx) => {
    let key = template.key;
    for (let n = 2; await tx.kitTemplate.findFirst({ where: { workspaceId, key } }); n++) key = `${template.key}_${n}`;
    await tx.kitTemplate.create({ data: { workspaceId, key, name: template.name, description: template.description, category: template.category, tone: template.tone ?? null, assets: template.assets as unknown as Prisma.InputJsonValue, sourceListingId: listing.id } });
    await tx.marketplaceListing.update({ where: { id: listing.id }, data: { installs: { increment: 1 } } });
    return { kitId: key, installed: true };
  });
}
