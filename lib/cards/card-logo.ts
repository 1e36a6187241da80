import { fitBox, imageSize } from "@/lib/documents/render/image-size";

export interface CardLogo {
  bytes: Uint8Array;
  mimeType: "image/png" | "image/jpeg";
}

/**
 * The logo as a data URL with its display size. Only inline bytes or a data: URL are used:
 * fetching a theme's remote logoUrl here would let a theme make the server request any address,
 * so callers fetch it through the guarded fetcher and pass the bytes.
 */
export function cardLogo(logo: CardLogo | null | undefined, logoUrl: string | null, maxWidth: number, maxHeight: number) {
  let bytes = logo?.bytes;
  let mimeType = logo?.mimeType;
  if (!bytes && logoUrl) {
    const m = /^data:(image\/(?:png|jpeg));base64,([A-Za-z0-9+/=]+)$/.exec(logoUrl);
    if (m) {
      bytes = Buffer.from(m[2], "base64");
      mimeType = m[1] as CardLogo["mimeType"];
    }
  }
  if (!bytes || !mimeType) return null;
  const size = imageSize(bytes);
  if (!size) return null;
  return { src: `data:${mimeType};base64,${Buffer.from(bytes).toString("base64")}`, ...fitBox(size, maxWidth, maxHeight) };
}
