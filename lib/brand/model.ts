import { z } from "zod";
import { hexColor } from "@/lib/themes/model";

export const DEFAULT_BRAND_ACCENT = "#4f46e5";
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
export const logoMimeTypes = ["image/png", "image/jpeg", "image/webp", "image/svg+xml"] as const;
export type LogoMimeType = (typeof logoMimeTypes)[number];

/** A DNS name the customer controls: labels of letters, digits and inner hyphens, a TLD, no trailing dot. */
export const customHostSchema = z
  .string()
  .trim()
  .toLowerCase()
  .transform((host) => host.replace(/\.$/, ""))
  .pipe(z.string().max(253).regex(/^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/, "must be a hostname like docs.example.com"));

/**
 * Create body. No defaults here: PATCH uses `.partial()`, and a zod default inside a partial
 * would silently reset fields the request left out (createBrandProfile applies them instead).
 */
export const brandProfileInput = z.object({
  name: z.string().trim().min(1).max(120),
  clientLabel: z.string().trim().max(120).nullish(),
  accentColor: hexColor.optional(),
  customHost: customHostSchema.nullish(),
  isDefault: z.boolean().optional(),
});
export type BrandProfileInput = z.output<typeof brandProfileInput>;

export const brandProfileView = z.object({
  id: z.string(),
  name: z.string(),
  logoUrl: z.string().nullable(),
  accentColor: z.string(),
  clientLabel: z.string().nullable(),
  customHost: z.string().nullable(),
  dnsHint: z.string().nullable(),
  isDefault: z.boolean(),
  createdAt: z.string(),
});
export type BrandProfileView = z.infer<typeof brandProfileView>;
