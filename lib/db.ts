// `db` is the app's Prisma client, opened on first use (so `next build` never touches a database)
// and kept on globalThis so every bundle in the process shares one PGlite instance.
import { openConfiguredDb, type DbHandle } from "@/lib/db/client";
import { bumpEpoch } from "@/lib/db/change-epoch";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type { Prisma } from "@/lib/generated/prisma/client";
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const store = globalThis as typeof globalThis & { __talksmithDb?: DbHandle };

export function dbHandle(): DbHandle {
  store.__talksmithDb ??= openConfiguredDb();
  return store.__talksmithDb;
}

/** Points the app at another database (tests, scripts that open their own). */
export function useDbHandle(handle: DbHandle | undefined) {
  store.__talksmithDb = handle;
}

export const db = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = dbHandle().client as unknown as Record<PropertyKey, unknown>;
    const value = client[property];
    if (property === "$transaction") {
      // Writes inside a transaction become visible at commit: bump the epoch again then.
      return async (...args: unknown[]) => {
        try {
          return await (value as (...a: unknown[]) => Promise<unknown>).apply(client, args);
        } finally {
          bumpEpoch();
        }
      };
    }
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(client) : value;
  },
});
