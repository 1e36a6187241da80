import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { getBlobStore } from "./index";

/** Runs fn with a path to the blob on local disk: in place for the local store, a temp copy otherwise. */
export async function withLocalFile<T>(key: string, fn: (file: string) => Promise<T>): Promise<T> {
  const store = getBlobStore();
  if (store.localPath) return fn(store.localPath(key));
  const dir = await mkdtemp(path.join(os.tmpdir(), "talksmith-blob-"));
  const file = path.join(dir, path.basename(key));
  try {
    await pipeline(await store.get(key), createWriteStream(file));
    return await fn(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
