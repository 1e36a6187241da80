import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findWorkspaceKitOrThrow } from "./find-workspace-kit-or-throw";
import { getKitTemplate } from "./get-kit-template";
import type { KitTemplateSpec, KitTemplateUpdate } from "./model";

/** PATCH: changes the fields given of a workspace template; built-ins are read-only. */
export async function updateKitTemplate(workspaceId: string, key: string, input: KitTemplateUpdate): Promise<KitTemplateSpec> {
  const row = await findWorkspaceKitOrThrow(workspaceId, key, "edited");
  await db.kitTemplate.update({
    where: { id: row.id },
    data: {
      ...(input.name !== undefined && { name: input.name }),
      ...(input.description !== undefined && { description: input.description }),
      ...(input.category !== undefined && { category: input.category }),
      ...(input.tone !== undefined && { tone: input.tone }),
      ...(input.assets !== undefined && { assets: input.assets as unknown as Prisma.InputJsonValue }),
    },
  });
  return getKitTemplate(workspaceId, key);
}
