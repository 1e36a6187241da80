import { z } from "zod";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { page, paginationQuery } from "@/lib/api/pagination";

export const listingsQuery = paginationQuery.extend({
  q: z.string().trim().max(200).optional(),
  category: z.string().trim().max(60).optional(),
  price: z.enum(["free", "paid"]).optional(),
});

export const listingView = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  category: z.string(),
  priceCents: z.number().int(),
  featured: z.boolean(),
  installs: z.number().int(),
  author: z.string(),
  kit: z.object({ key: z.string(), name: z.string(), assets: z.array(z.object({ type: z.string(), title: z.string() })) }),
  publishedAt: z.string(),
});
export type ListingView = z.infer<typeof listingView>;

type Row = { id: string; title: string; description: string; category: string; priceCents: number; featured: boolean; installs: number; template: Prisma.JsonValue; publishedAt: Date; author: string; total: bigint };

export const toListingView = (r: Omit<Row, "total">): ListingView => {
  const t = r.template as { key: string; name: string; assets: { type: string; title: string }[] };
  return { id: r.id, title: r.title, description: r.description, category: r.category, priceCents: r.priceCents, featured: r.featured, installs: r.installs, author: r.author, kit: { key: t.key, name: t.name, assets: t.assets.map(({ type, title }) => ({ type, title })) }, publishedAt: r.publishedAt.toISOString() };
};

/** Featured first, then full-text relevance (title weighted over description), then installs. */
export async function searchListings(query: z.infer<typeof listingsQuery>) {
  const doc = Prisma.sql`setweight(to_tsvector('english', l."title"), 'A') || setweight(to_tsvector('english', l."description"), 'B')`;
  const tsq = query.q ? Prisma.sql`websearch_to_tsquery('english', ${query.q})` : null;
  const conditions = [
    tsq ? Prisma.sql`(${doc} @@ ${tsq} OR l."title" ILIKE ${`%${query.q}%`})` : null,
    query.category ? Prisma.sql`lower(l."category") = lower(${query.category})` : null,
    query.price === "free" ? Prisma.sql`l."priceCents" = 0` : query.price === "paid" ? Prisma.sql`l."priceCents" > 0` : null,
  ].filter((c): c is Prisma.Sql => c !== null);
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const rank = tsq ? Prisma.sql`ts_rank(${doc}, ${tsq})` : Prisma.sql`0::real`;
  const rows = await db.$queryRaw<Row[]>`
    SELECT l."id", l."title", l."description", l."category", l."priceCents", l."featured", l."installs", l."template", l."publishedAt", w."name" AS "author", count(*) OVER () AS "total"
    FROM "MarketplaceListing" l JOIN "Workspace" w ON w."id" = l."workspaceId"
    ${where}
    ORDER BY l."featured" DESC, ${rank} DESC, l."installs" DESC, l."id" ASC
    LIMIT ${query.limit} OFFSET ${query.offset}`;
  const total = rows.length ? Number(rows[0].total) : query.offset > 0 ? await db.marketplaceListing.count() : 0;
  return page(rows.map(toListingView), rows.length ? total : 0, query);
}
