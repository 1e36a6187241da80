import { Resvg } from "@resvg/resvg-js";
import { db } from "@/lib/db";
import { defaultBrand, type Brand } from "@/lib/documents/model";
import { findWorkspaceOrThrow } from "@/lib/usage/find-workspace-or-throw";
import { readBrandLogo } from "./read-brand-logo";

type DocumentLogo = NonNullable<Brand["logo"]>;

/** PDF and Word embed PNG and JPEG only: an SVG logo is rasterised; WebP (no decoder here) is left out. */
function documentLogo(bytes: Buffer, mimeType: string | null): DocumentLogo | null {
  if (mimeType === "image/png" || mimeType === "image/jpeg") return { bytes, mimeType };
  if (mimeType !== "image/svg+xml") return null;
  try {
    return { bytes: new Resvg(bytes, { fitTo: { mode: "width", value: 600 }, background: "rgba(0,0,0,0)" }).render().asPng(), mimeType: "image/png" };
  } catch {
    return null;
  }
}

/** The workspace's default brand profile as documents use it (logo bytes included); `version` keys document caches. */
export async function getBrandForDocuments(workspaceId: string): Promise<{ brand: Brand; version: string }> {
  const workspace = await findWorkspaceOrThrow(workspaceId);
  const profile = await db.brandProfile.findFirst({ where: { workspaceId }, orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }] });
  if (!profile) return { brand: { ...defaultBrand, name: workspace.name, footer: `${workspace.name} · Made with Talksmith` }, version: "none" };
  const bytes = profile.logoBlobKey ? await readBrandLogo(profile.logoBlobKey) : null;
  return {
    brand: { name: profile.name, clientLabel: profile.clientLabel, accentColor: profile.accentColor, footer: profile.name, logo: bytes ? documentLogo(bytes, profile.logoMimeType) : null },
    version: `${profile.id}:${profile.updatedAt.getTime()}`,
  };
}
