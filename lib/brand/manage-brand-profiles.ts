import { z } from "zod";
import { db } from "@/lib/db";
import type { BrandProfile } from "@/lib/generated/prisma/client";
import { ApiError, notFound } from "@/lib/api/errors";
import { config } from "@/lib/config";
import { hexColor } from "@/lib/themes/model";
import { getBlobStore } from "@/lib/storage";
import { sanitizeSvg } from "./sanitize-svg";
import { fileTypeFromBuffer } from "file-type";

const hostname = z.string().trim().toLowerCase().max(253).regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, "must be a hostname like docs.example.com");

export const brandProfileInput = z.object({
  name: z.string().trim().min(1).max(120),
  clientLabel: z.string().trim().max(120).nullish(),
  accentColor: hexColor.default("#4f46e5"),
  customHost: hostname.nullish(),
  isDefault: z.boolean().optional(),
});

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

/** The CNAME customers point their custom host at: TALKSMITH_CNAME_TARGET, or our public host. */
export const cnameTarget = () => process.env.TALKSMITH_CNAME_TARGET || `cname.${new URL(config.publicUrl).hostname}`;

export const toBrandView = (b: BrandProfile): z.infer<typeof brandProfileView> => ({
  id: b.id,
  name: b.name,
  logoUrl: b.logoBlobKey ? `/api/v1/brand-profiles/${b.id}/logo` : b.logoUrl,
  accentColor: b.accentColor,
  clientLabel: b.clientLabel,
  customHost: b.customHost,
  dnsHint: b.customHost ? `CNAME ${b.customHost} → ${cnameTarget()}` : null,
  isDefault: b.isDefault,
  createdAt: b.createdAt.toISOString(),
});

export async function listBrandProfiles(workspaceId: string) {
  return { data: (await db.brandProfile.findMany({ where: { workspaceId }, orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }] })).map(toBrandView) };
}

async function row(workspaceId: string, id: string) {
  const b = await db.brandProfile.findFirst({ where: { id, workspaceId } });
  if (!b) throw notFound("Brand profile");
  return b;
}

export async function createBrandProfile(workspaceId: string, input: z.infer<typeof brandProfileInput>) {
  return db.$transaction(async (tx) => {
    const first = (await tx.brandProfile.count({ where: { workspaceId } })) === 0;
    const created = await tx.brandProfile.create({ data: { workspaceId, name: input.name, clientLabel: input.clientLabel ?? null, accentColor: input.accentColor, customHost: input.customHost ?? null, isDefault: first || Boolean(input.isDefault) } });
    if (created.isDefault) await tx.brandProfile.updateMany({ where: { workspaceId, NOT: { id: created.id } }, data: { isDefault: false } });
    return toBrandView(created);
  });
}

export async function updateBrandProfile(workspaceId: string, id: string, input: Partial<z.infer<typeof brandProfileInput>>) {
  await row(workspaceId, id);
  return db.$transaction(async (tx) => {
    const updated = await tx.brandProfile.update({
      where: { id },
      data: {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.clientLabel !== undefined ? { clientLabel: input.clientLabel } : {}),
        ...(input.accentColor !== undefined ? { accentColor: input.accentColor } : {}),
        ...(input.customHost !== undefined ? { customHost: input.customHost } : {}),
        ...(input.isDefault ? { isDefault: true } : {}),
      },
    });
    if (input.isDefault) await tx.brandProfile.updateMany({ where: { workspaceId, NOT: { id } }, data: { isDefault: false } });
    return toBrandView(updated);
  });
}

export async function deleteBrandProfile(workspaceId: string, id: string) {
  const b = await row(workspaceId, id);
  await db.brandProfile.delete({ where: { id } });
  if (b.logoBlobKey) await getBlobStore().delete(b.logoBlobKey).catch(() => {});
  return { id, deleted: true as const };
}

const LOGO_MAX = 2 * 1024 * 1024;
const logoTypes = new Set(["image/png", "image/jpeg", "image/webp"]);

/** Logos: PNG, JPEG, WebP or SVG (sanitised), at most 2 MB, type sniffed from the bytes. */
export async function saveBrandLogo(workspaceId: string, id: string, bytes: Buffer) {
  await row(workspaceId, id);
  if (bytes.length === 0) throw new ApiError("invalid_request", "The logo file is empty.", { param: "logo" });
  if (bytes.length > LOGO_MAX) throw new ApiError("payload_too_large", "Logos are limited to 2 MB.", { param: "logo" });
  const sniffed = await fileTypeFromBuffer(bytes);
  let mime: string;
  let body: Buffer = bytes;
  if (sniffed && logoTypes.has(sniffed.mime)) mime = sniffed.mime;
  else if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(bytes.subarray(0, 2048).toString("utf8"))) {
    mime = "image/svg+xml";
    body = Buffer.from(sanitizeSvg(bytes.toString("utf8")));
  } else throw new ApiError("unsupported_media_type", "Logos must be PNG, JPEG, WebP or SVG.", { param: "logo" });
  const key = `ws/${workspaceId}/brand/${id}/logo`;
  await getBlobStore().put(key, body, { contentType: mime });
  return toBrandView(await db.brandProfile.update({ where: { id }, data: { logoBlobKey: key, logoMimeType: mime } }));
}

export async function getBrandLogo(workspaceId: string, id: string) {
  const b = await row(workspaceId, id);
  if (!b.logoBlobKey) throw notFound("Logo");
  const stream = await getBlobStore().get(b.logoBlobKey);
  const { Readable } = await import("node:stream");
  return new Response(Readable.toWeb(stream) as ReadableStream, {
    headers: { "Content-Type": b.logoMimeType ?? "application/octet-stream", "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'", "X-Content-Type-Options": "nosniff", "Cache-Control": "private, max-age=300" },
  });
}
