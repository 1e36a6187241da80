import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat, readFile, writeFile } from "node:fs/promises";
import { createHmac } from "node:crypto";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { config } from "@/lib/config";
import { derivedKey } from "@/lib/auth/session/signing-key";
import { assertSafeKey, type BlobBody, type BlobInfo, type BlobStore } from "./blob-store";

export function toReadable(body: BlobBody): Readable {
  if (body instanceof Readable) return body;
  if (typeof body === "string" || body instanceof Uint8Array) return Readable.from([typeof body === "string" ? Buffer.from(body) : body]);
  return Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>);
}

export const blobSignature = (key: string, exp: number) => createHmac("sha256", derivedKey("blob-url")).update(`${key}\n${exp}`).digest("base64url");

export function localBlobStore(root = path.join(config.dataDir, "blobs")): BlobStore {
  const file = (key: string) => {
    assertSafeKey(key);
    return path.join(root, key);
  };
  return {
    kind: "local",
    async put(key, body, options) {
      const target = file(key);
      await mkdir(path.dirname(target), { recursive: true });
      const tmp = `${target}.${process.pid}.${Date.now()}.part`;
      try {
        await pipeline(toReadable(body), createWriteStream(tmp));
        await rename(tmp, target);
      } catch (error) {
        await rm(tmp, { force: true });
        throw error;
      }
      if (options?.contentType) await writeFile(`${target}.type`, options.contentType);
      const s = await stat(target);
      return { size: s.size, contentType: options?.contentType ?? null };
    },
    async get(key, range) {
      const target = file(key);
      await stat(target);
      return createReadStream(target, range ? { start: range.start, end: range.end } : undefined);
    },
    async stat(key): Promise<BlobInfo | null> {
      try {
        const s = await stat(file(key));
        const contentType = await readFile(`${file(key)}.type`, "utf8").catch(() => null);
        return { size: s.size, contentType };
      } catch {
        return null;
      }
    },
    async delete(key) {
      await rm(file(key), { force: true });
      await rm(`${file(key)}.type`, { force: true });
    },
    async deletePrefix(prefix) {
      assertSafeKey(prefix);
      await rm(path.join(root, prefix), { recursive: true, force: true });
    },
    localPath: (key) => file(key),
    async signedUrl(key, expiresInSec = 3600) {
      const exp = Math.floor(Date.now() / 1000) + expiresInSec;
      return `${config.publicUrl}/api/blobs/${key}?exp=${exp}&sig=${blobSignature(key, exp)}`;
    },
  };
}
