import { z } from "zod";
import { paginationQuery } from "@/lib/api/pagination";

export const marketplaceCategories = ["Sales", "Courses", "Onboarding", "Marketing", "Hiring", "Support", "Product", "General"] as const;

/** GET /marketplace/listings?q=&category=&price=free|paid&limit=&offset= (category matched case-insensitively). */
export const listingsQuery = paginationQuery.extend({
  q: z.string().trim().max(200).optional(),
  category: z.string().trim().max(60).optional(),
  price: z.enum(["free", "paid"]).optional(),
});
export type ListingsQuery = z.output<typeof listingsQuery>;

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

/** Paid listings start at 50 cents, Stripe's smallest charge. */
export const publishListingInput = z.object({
  kitId: z.string().min(1).max(64),
  title: z.string().trim().min(3).max(120),
  description: z.string().trim().min(10).max(2000),
  category: z.enum(marketplaceCategories),
  priceCents: z.number().int().min(0).max(100_000).refine((cents) => cents === 0 || cents >= 50, "must be 0 (free) or at least 50").default(0),
});
export type PublishListingInput = z.output<typeof publishListingInput>;

export const installResult = z.object({ kitId: z.string(), installed: z.boolean() });
export type InstallResult = z.infer<typeof installResult>;
