import { getBlobStore } from "@/lib/storage";

/** The stored logo's bytes, or null when the blob is gone (a missing logo must not break an export). */
export async function readBrandLogo(key: string): Promise<Buffer | null> {
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of await getBlobStore().get(key)) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
    return Buffer.concat(chunks);
  } catch {
    return null;
  }
}
