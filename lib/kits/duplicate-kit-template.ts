import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getKitTemplate } from "./get-kit-template";
import type { KitTemplateSpec } from "./model";
import { uniqueKitKey } from "./unique-kit-key";

/** Copies a built-in, own or installed template into the workspace as its own, editable one. */
export async function duplicateKitTemplate(workspaceId: string, key: string, newName?: string): Promise<KitTemplateSpec> {
  const source = await getKitTemplate(workspaceId, key);
  const created = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "Workspace" WHERE "id" = ${workspaceId} FOR UPDATE`;
    const copyKey = await uniqueKitKey(tx, workspaceId, `${source.key}_copy`);
    return tx.kitTemplate.create({
      data: { workspaceId, key: copyKey, name: newName ?? `${source.name} (copy)`, description: source.description, category: source.category, tone: source.tone ?? null, assets: source.assets as unknown as Prisma.InputJsonValue },
    });
  });
  return getKitTemplate(workspaceId, created.key);
}
