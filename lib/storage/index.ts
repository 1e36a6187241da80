import { config } from "@/lib/config";
import type { BlobStore } from "./blob-store";
import { localBlobStore } from "./local-store";
import { s3BlobStore } from "./s3-store";

export type { BlobStore, BlobInfo, BlobBody } from "./blob-store";

const holder = globalThis as typeof globalThis & { __talksmithBlobs?: BlobStore };

/** Local files under .data/blobs by default; S3-compatible storage when S3_BUCKET is set. */
export function getBlobStore(): BlobStore {
  holder.__talksmithBlobs ??= config.s3 ? s3BlobStore(config.s3) : localBlobStore();
  return holder.__talksmithBlobs;
}

export function setBlobStore(store: BlobStore | undefined) {
  holder.__talksmithBlobs = store;
}
