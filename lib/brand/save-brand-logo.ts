import { db } from "@/lib/db";
import { ApiError } from "@/lib/api/errors";
import { getBlobStore } from "@/lib/storage";
import { LOGO_MAX_BYTES, logoMimeTypes, type BrandProfileView } from "./model";
import { detectLogoType } from "./detect-logo-type";
import { findBrandProfileOrThrow } from "./find-brand-profile-or-throw";
import { InvalidSvgError, sanitizeSvg } from "./sanitize-svg";
import { toBrandView } from "./to-brand-view";

const declaredImageType = (declared: string | null | undefined) => {
  const type = declared?.split(";")[0].trim().toLowerCase();
  if (type === "image/jpg") return "image/jpeg";
  return type && (logoMimeTypes as readonly string[]).includes(type) ? type : null;
};

/**
 * Logos: PNG, JPEG, WebP or SVG, at most 2 MB, the type sniffed from the bytes. A declared
 * image type that disagrees with the bytes is refused rather than trusted either way; generic
 * types (application/octet-stream, multipart parts without one) leave the bytes to decide.
 * SVGs are stored sanitised, so what is served is what was checked.
 */
export async function saveBrandLogo(workspaceId: string, id: string, bytes: Uint8Array, declaredType?: string | null): Promise<BrandProfileView> {
  await findBrandProfileOrThrow(workspaceId, id);
  if (bytes.byteLength === 0) throw new ApiError("invalid_request", "The logo file is empty.", { param: "logo" });
  if (bytes.byteLength > LOGO_MAX_BYTES) throw new ApiError("payload_too_large", "Logos are limited to 2 MB.", { param: "logo" });
  const mimeType = await detectLogoType(bytes);
  if (!mimeType) throw new ApiError("unsupported_media_type", "Logos must be PNG, JPEG, WebP or SVG images.", { param: "logo" });
  const declared = declaredImageType(declaredType);
  if (declared && declared !== mimeType) throw new ApiError("unsupported_media_type", `The file was sent as ${declared} but its contents are ${mimeType}.`, { param: "logo" });
  let body: Buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (mimeType === "image/svg+xml") {
    try {
      body = Buffer.from(sanitizeSvg(body.toString("utf8")), "utf8");
    } catch (error) {
      if (error instanceof InvalidSvgError) throw new ApiError("unsupported_media_type", error.message, { param: "logo" });
      throw error;
    }
  }
  const key = `ws/${workspaceId}/brand/${id}/logo`;
  await getBlobStore().put(key, body, { contentType: mimeType });
  const updated = await db.brandProfile.update({ where: { id }, data: { logoBlobKey: key, logoMimeType: mimeType } });
  return toBrandView(updated);
}
