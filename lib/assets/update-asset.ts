import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ApiError, notFound } from "@/lib/api/errors";
import { assetDocumentSchema } from "@/lib/documents/model";

export const updateAssetInput = z
  .object({
    title: z.string().trim().min(1).max(300).optional(),
    content: assetDocumentSchema.optional(),
    status: z.enum(["draft", "approved", "discarded"]).optional(),
  })
  .refine((v) => v.title !== undefined || v.content !== undefined || v.status !== undefined, { message: "Send title, content or status" });

/** Edits persist and are what every download and the Course Pack export. */
export async function updateAsset(workspaceId: string, jobId: number, assetId: string, input: z.infer<typeof updateAssetInput>) {
  const asset = await db.asset.findFirst({ where: { id: assetId, jobId, workspaceId }, include: { job: { select: { status: true } } } });
  if (!asset) throw notFound("Asset");
  if (asset.job.status === "generating") throw new ApiError("invalid_state", "A new kit is being generated for this job; edit it when it is ready.");
  const edited = input.title !== undefined || input.content !== undefined;
  const row = await db.asset.update({
    where: { id: asset.id },
    data: {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.content !== undefined ? { content: { ...input.content, title: input.title ?? input.content.title } as unknown as Prisma.InputJsonValue } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
      ...(edited ? { editedAt: new Date() } : {}),
    },
  });
  return { id: row.id, type: row.type, title: row.title, status: row.status, position: row.position, editedAt: row.editedAt?.toISOString() ?? null, content: row.content };
}
