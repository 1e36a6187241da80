import { db } from "@/lib/db";
import { getBlobStore } from "@/lib/storage";
import type { Brand } from "@/lib/documents/model";

async function readBlob(key: string): Promise<Buffer | null> {
  try {
    const parts: Buffer[] = [];
    for await (const p of await getBlobStore().get(key)) parts.push(p as Buffer);
    return Buffer.concat(parts);
  } catch {
    return null;
  }
}

/** The workspace's default brand profile as documents use it (logo bytes included). */
export async function getBrandForDocuments(workspaceId: string): Promise<{ brand: Brand; version: string }> {
  const [workspace, profile] = await Promise.all([
    db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { name: true } }),
    db.brandProfile.findFirst({ where: { workspaceId }, orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }] }),
  ]);
  if (!profile) return { brand: { name: workspace.name, accentColor: "#4f46e5", footer: `${workspace.name} · Made with Talksmith` }, version: "none" };
  const logoType = profile.logoMimeType === "image/png" || profile.logoMimeType === "image/jpeg" ? profile.logoMimeType : null;
  const bytes = profile.logoBlobKey && logoType ? await readBlob(profile.logoBlobKey) : null;
  return {
    brand: { name: profile.name, clientLabel: profile.clientLabel, accentColor: profile.accentColor, footer: profile.name, logo: bytes && logoType ? { bytes, mimeType: logoType } : null },
    version: `${profile.id}:${profile.updatedAt.getTime()}`,
  };
}
