// npm run db:migrate [name] | db:deploy | db:seed — against DATABASE_URL or the embedded database.
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { config } from "@/lib/config";
import { acquireDataDirLock, releaseDataDirLock, DataDirLockedError } from "@/lib/db/data-dir-lock";
import { pgliteDir, openPglite, openPostgres, type DbHandle } from "@/lib/db/client";
import { createMigration, deployMigrations, MigrationError } from "@/lib/db/schema-engine";
import { pgliteMigrationFactory, postgresMigrationFactory } from "@/lib/db/migration-adapters";
import { seedDemo } from "@/prisma/seed";
import { useDbHandle } from "@/lib/db";

async function withTarget<T>(fn: (factory: ReturnType<typeof pgliteMigrationFactory>, open: () => DbHandle) => Promise<T>): Promise<T> {
  const url = config.databaseUrl;
  if (url) return fn(postgresMigrationFactory(url), () => openPostgres(url));
  mkdirSync(config.dataDir, { recursive: true });
  acquireDataDirLock(config.dataDir);
  const pglite = await PGlite.create(pgliteDir());
  try {
    return await fn(pgliteMigrationFactory(pglite), () => openPglite(pglite));
  } finally {
    await pglite.close().catch(() => {});
    releaseDataDirLock(config.dataDir);
  }
}

export async function runDbCommand(command: string, arg?: string) {
  const where = config.databaseUrl ? "PostgreSQL (DATABASE_URL)" : `the embedded database (${pgliteDir()})`;
  return withTarget(async (factory, open) => {
    if (command === "deploy") {
      const applied = await deployMigrations(factory);
      console.log(applied.length ? `Applied ${applied.length} migration(s) to ${where}: ${applied.join(", ")}` : `No pending migrations for ${where}.`);
    } else if (command === "dev") {
      const created = await createMigration(factory, arg ?? "migration");
      console.log(created ? `Created and applied prisma/migrations/${created}` : "The schema and the migrations agree; nothing to create.");
    } else if (command === "seed") {
      const handle = open();
      useDbHandle(handle);
      try {
        console.log(`Seeded ${where}: ${await seedDemo(handle.client)}`);
      } finally {
        useDbHandle(undefined);
      }
    } else {
      throw new Error(`Unknown command ${command}; use dev, deploy or seed.`);
    }
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runDbCommand(process.argv[2] ?? "deploy", process.argv[3]).catch((error) => {
    if (error instanceof DataDirLockedError) console.error(error.message);
    else if (error instanceof MigrationError) console.error(`Migration failed: ${error.message}`);
    else console.error(error);
    process.exit(1);
  });
}
