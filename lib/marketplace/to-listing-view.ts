import type { Prisma } from "@/lib/generated/prisma/client";
import { kitTemplateSpecSchema } from "@/lib/kits/model";
import type { ListingView } from "./model";

export interface ListingRow {
  id: string;
  title: string;
  description: string;
  category: string;
  priceCents: number;
  featured: boolean;
  installs: number;
  template: Prisma.JsonValue;
  publishedAt: Date;
  author: string;
}

export function toListingView(row: ListingRow): ListingView {
  const parsed = kitTemplateSpecSchema.safeParse(row.template);
  const kit = parsed.success ? { key: parsed.data.key, name: parsed.data.name, assets: parsed.data.assets.map(({ type, title }) => ({ type, title })) } : { key: "", name: row.title, assets: [] };
  return { id: row.id, title: row.title, description: row.description, category: row.category, priceCents: row.priceCents, featured: row.featured, installs: row.installs, author: row.author, kit, publishedAt: row.publishedAt.toISOString() };
}
