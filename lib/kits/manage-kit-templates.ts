import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ApiError, notFound } from "@/lib/api/errors";
import { builtinKits } from "./builtins";
import { getKitTemplate } from "./get-kit-template";
import { kitTemplateSpecSchema } from "./model";

export const kitTemplateUpdate = kitTemplateSpecSchema.omit({ key: true }).partial();

/** Copies a built-in (or another) template into the workspace under a new key. */
export async function duplicateKitTemplate(workspaceId: string, key: string, newName?: string) {
  const source = await getKitTemplate(workspaceId, key);
  let copyKey = `${source.key}_copy`;
  for (let n = 2; await db.kitTemplate.findFirst({ where: { workspaceId, key: copyKey } }); n++) copyKey = `${source.key}_copy${n}`;
  const row = await db.kitTemplate.create({ data: { workspaceId, key: copyKey, name: newName ?? `${source.name} (copy)`, description: source.description, category: source.category, tone: source.tone ?? null, assets: source.assets as unknown as Prisma.InputJsonValue } });
  return getKitTemplate(workspaceId, row.key);
}

export async function updateKitTemplate(workspaceId: string, key: string, input: z.infer<typeof kitTemplateUpdate>) {
  const row = await db.kitTemplate.findFirst({ where: { workspaceId, key } });
  if (!row) throw builtinKits.some((k) => k.key === key) ? new ApiError("invalid_state", "Built-in kits cannot be edited; duplicate it first.") : notFound("Kit");
  await db.kitTemplate.update({ where: { id: row.id }, data: { ...input, assets: input.assets as unknown as Prisma.InputJsonValue | undefined } });
  return getKitTemplate(workspaceId, key);
}

export async function deleteKitTemplate(workspaceId: string, key: string) {
  const row = await db.kitTemplate.findFirst({ where: { workspaceId, key } });
  if (!row) throw builtinKits.some((k) => k.key === key) ? new ApiError("invalid_state", "Built-in kits cannot be deleted.") : notFound("Kit");
  await db.kitTemplate.delete({ where: { id: row.id } });
  return { id: key, deleted: true as const };
}
