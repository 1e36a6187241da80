import { createHash } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { ApiError, notFound } from "@/lib/api/errors";
import { getBrandForDocuments } from "@/lib/brand/get-brand-for-documents";
import { getDefaultTheme } from "@/lib/themes/get-default-theme";
import { contentDisposition, safeFileName } from "./safe-file-name";
import { renderJobAsset } from "./render-job-asset";

export const downloadQuery = z.object({ format: z.enum(["pdf", "docx", "md", "png"]).default("pdf") });

/** GET /jobs/:id/assets/:assetId?format=: the rendered file, with an ETag so a repeat is a 304. */
export async function downloadAsset(workspaceId: string, jobId: number, assetId: string, format: z.infer<typeof downloadQuery>["format"], req: Request): Promise<Response> {
  const asset = await db.asset.findFirst({ where: { id: assetId, jobId, workspaceId } });
  if (!asset) throw notFound("Asset");
  if (format === "png" && asset.type !== "quote_card") throw new ApiError("invalid_request", "PNG is available for quote cards only; use pdf, docx or md.", { param: "format" });
  const [{ brand, version }, theme] = await Promise.all([getBrandForDocuments(workspaceId), getDefaultTheme(workspaceId)]);
  const etag = `"${createHash("sha256").update(`${asset.id}:${asset.updatedAt.getTime()}:${format}:${version}:${theme.version}`).digest("base64url").slice(0, 27)}"`;
  const headers = { ETag: etag, "Cache-Control": "private, no-cache" };
  if (req.headers.get("if-none-match")?.split(",").some((t) => t.trim() === etag)) return new Response(null, { status: 304, headers });
  const file = await renderJobAsset(asset, format, brand, theme);
  const name = safeFileName(asset.title, file.extension);
  return new Response(new Uint8Array(file.body), {
    status: 200,
    headers: { ...headers, "Content-Type": file.contentType, "Content-Length": String(file.body.length), "Content-Disposition": contentDisposition(asset.title, name) },
  });
}
