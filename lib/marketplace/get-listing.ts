import { db } from "@/lib/db";
import { notFound } from "@/lib/api/errors";
import type { ListingView } from "./model";
import { toListingView } from "./to-listing-view";

/** Listings are public to every workspace that may browse the marketplace, so the lookup is by id alone. */
export async function getListing(id: string): Promise<ListingView> {
  const listing = await db.marketplaceListing.findUnique({ where: { id }, include: { workspace: { select: { name: true } } } });
  if (!listing) throw notFound("Listing");
  return toListingView({ ...listing, author: listing.workspace.name });
}
