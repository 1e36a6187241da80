import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { page, type Page } from "@/lib/api/pagination";
import type { ListingsQuery, ListingView } from "./model";
import { toListingView, type ListingRow } from "./to-listing-view";

// The routes and the marketplace page import the schemas from here too.
export { listingsQuery, listingView, type ListingView } from "./model";

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Featured first, then full-text relevance (title weighted over description), then installs.
 * `q` uses web-search syntax ("quoted phrases", -exclusions); a substring match on the text
 * also counts, so partial words ("negoti") still find something.
 */
export async function searchListings(query: ListingsQuery): Promise<Page<ListingView>> {
  const document = Prisma.sql`setweight(to_tsvector('english', l."title"), 'A') || setweight(to_tsvector('english', l."description"), 'B')`;
  const tsQuery = query.q ? Prisma.sql`websearch_to_tsquery('english', ${query.q})` : null;
  const conditions = [
    tsQuery ? Prisma.sql`(${document} @@ ${tsQuery} OR (l."title" || ' ' || l."description") ILIKE ${`%${escapeLike(query.q ?? "")}%`})` : null,
    query.category ? Prisma.sql`lower(l."category") = lower(${query.category})` : null,
    query.price === "free" ? Prisma.sql`l."priceCents" = 0` : query.price === "paid" ? Prisma.sql`l."priceCents" > 0` : null,
  ].filter((c): c is Prisma.Sql => c !== null);
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const rank = tsQuery ? Prisma.sql`ts_rank(${document}, ${tsQuery})` : Prisma.sql`0::real`;
  const [rows, counted] = await Promise.all([
    db.$queryRaw<ListingRow[]>`
      SELECT l."id", l."title", l."description", l."category", l."priceCents", l."featured", l."installs", l."template", l."publishedAt", w."name" AS "author"
      FROM "MarketplaceListing" l JOIN "Workspace" w ON w."id" = l."workspaceId"
      ${where}
      ORDER BY l."featured" DESC, ${rank} DESC, l."installs" DESC, l."publishedAt" DESC, l."id" ASC
      LIMIT ${query.limit} OFFSET ${query.offset}`,
    db.$queryRaw<{ total: bigint | number }[]>`SELECT count(*) AS "total" FROM "MarketplaceListing" l ${where}`,
  ]);
  return page(rows.map(toListingView), Number(counted[0]?.total ?? 0), query);
}
