import type { BrandProfile } from "@/lib/generated/prisma/client";
import type { BrandProfileView } from "./model";
import { dnsHint } from "./dns-hint";

/** An uploaded logo is served by the API (sanitised, under a strict CSP); a linked one is shown as given. */
export function toBrandView(profile: BrandProfile): BrandProfileView {
  return {
    id: profile.id,
    name: profile.name,
    logoUrl: profile.logoBlobKey ? `/api/v1/brand-profiles/${profile.id}/logo?v=${profile.updatedAt.getTime()}` : profile.logoUrl,
    accentColor: profile.accentColor,
    clientLabel: profile.clientLabel,
    customHost: profile.customHost,
    dnsHint: dnsHint(profile.customHost),
    isDefault: profile.isDefault,
    createdAt: profile.createdAt.toISOString(),
  };
}
