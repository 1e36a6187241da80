import type { Readable } from "node:stream";

export type BlobBody = Readable | ReadableStream<Uint8Array> | Buffer | Uint8Array | string;

export interface BlobInfo {
  size: number;
  contentType: string | null;
}

/** Where uploads, normalised audio, logos and renders live. Keys are workspace-prefixed paths. */
export interface BlobStore {
  readonly kind: "local" | "s3";
  /** Streams the body in; never holds it whole in memory. Returns the stored size. */
  put(key: string, body: BlobBody, options?: { contentType?: string }): Promise<BlobInfo>;
  get(key: string, range?: { start: number; end?: number }): Promise<Readable>;
  stat(key: string): Promise<BlobInfo | null>;
  delete(key: string): Promise<void>;
  deletePrefix(prefix: string): Promise<void>;
  /** The file's path when the store is the local disk (lets ffmpeg read in place). */
  localPath?(key: string): string;
  /** A time-limited URL a browser can fetch without other credentials. */
  signedUrl(key: string, expiresInSec?: number): Promise<string>;
}

export function assertSafeKey(key: string) {
  if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(key) || key.includes("..") || key.includes("//")) throw new Error(`Unsafe blob key: ${key}`);
}
