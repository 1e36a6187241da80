// The one place that decides which database the app talks to:
// DATABASE_URL=postgres://… → PostgreSQL through @prisma/adapter-pg; unset → embedded PGlite under .data/.
import path from "node:path";
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { config } from "@/lib/config";
import { acquireDataDirLock } from "./data-dir-lock";
import { bumpEpoch, isJobDataWrite } from "./change-epoch";

/** Bumps the change epoch after writes to job data (the epoch is also bumped after transactions). */
function withChangeTracking(client: PrismaClient): PrismaClient {
  return client.$extends({
    query: {
      async $allOperations({ model, operation, args, query }) {
        const result = await query(args);
        if (isJobDataWrite(model, operation)) bumpEpoch();
        return result;
      },
    },
  }) as unknown as PrismaClient;
}

export type Db = PrismaClient;
export type DatabaseKind = "postgres" | "pglite";

export interface DbHandle {
  client: PrismaClient;
  kind: DatabaseKind;
  pglite?: PGlite;
  close(): Promise<void>;
}

export function pgliteDir() {
  return path.join(config.dataDir, "pglite");
}

export function openPostgres(connectionString: string): DbHandle {
  const client = withChangeTracking(new PrismaClient({ adapter: new PrismaPg({ connectionString }) }));
  return { client, kind: "postgres", close: () => client.$disconnect() };
}

export function openPglite(pglite: PGlite): DbHandle {
  const client = withChangeTracking(new PrismaClient({ adapter: new PrismaPGlite(pglite) }));
  return {
    client,
    kind: "pglite",
    pglite,
    close: async () => {
      await client.$disconnect();
      await pglite.close();
    },
  };
}

/** Opens the configured database; the embedded one is locked to this process first. */
export function openConfiguredDb(): DbHandle {
  if (config.databaseUrl) return openPostgres(config.databaseUrl);
  const dir = pgliteDir();
  mkdirSync(config.dataDir, { recursive: true });
  acquireDataDirLock(config.dataDir);
  return openPglite(new PGlite(dir));
}
