import { Readable } from "node:stream";
import { notFound } from "@/lib/api/errors";
import { getBlobStore } from "@/lib/storage";
import { findBrandProfileOrThrow } from "./find-brand-profile-or-throw";

/** Serves the logo with a CSP that forbids scripts: the second lock after SVG sanitising. */
export async function getBrandLogo(workspaceId: string, id: string): Promise<Response> {
  const profile = await findBrandProfileOrThrow(workspaceId, id);
  if (!profile.logoBlobKey) throw notFound("Logo");
  const stream = await getBlobStore().get(profile.logoBlobKey);
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": profile.logoMimeType ?? "application/octet-stream",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, max-age=300",
    },
  });
}
