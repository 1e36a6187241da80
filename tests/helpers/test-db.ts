// A fresh, migrated database per test file: PGlite always, and Postgres too when
// TEST_DATABASE_URL is set (each file gets its own database, dropped afterwards).
import { existsSync, mkdirSync, readFileSync, writeFileSync, readdirSync } from "node:fs";
import { createHash } from "node:crypto";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { openPglite, openPostgres, type DbHandle } from "@/lib/db/client";
import { useDbHandle } from "@/lib/db";
import { deployMigrations } from "@/lib/db/schema-engine";
import { pgliteMigrationFactory, postgresMigrationFactory } from "@/lib/db/migration-adapters";

function migrationsHash() {
  const dir = path.resolve("prisma/migrations");
  const h = createHash("sha256");
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name, "migration.sql");
    if (existsSync(file)) h.update(name).update(readFileSync(file));
  }
  return h.digest("hex").slice(0, 16);
}

const templatePath = () => path.join(os.tmpdir(), `talksmith-pglite-template-${migrationsHash()}.tar.gz`);

export async function buildPgliteTemplate() {
  const file = templatePath();
  if (existsSync(file)) return file;
  const pglite = await PGlite.create();
  await deployMigrations(pgliteMigrationFactory(pglite));
  const dump = await pglite.dumpDataDir("gzip");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file + ".tmp", Buffer.from(await dump.arrayBuffer()));
  const { renameSync } = await import("node:fs");
  renameSync(file + ".tmp", file);
  await pglite.close();
  return file;
}

export async function freshPglite(): Promise<DbHandle> {
  const file = await buildPgliteTemplate();
  const pglite = await PGlite.create({ loadDataDir: new Blob([readFileSync(file)]) });
  return openPglite(pglite);
}

export async function freshPostgres(baseUrl: string): Promise<DbHandle> {
  const name = `talksmith_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  await deployMigrations(postgresMigrationFactory(url.toString()));
  const handle = openPostgres(url.toString());
  const close = handle.close;
  handle.close = async () => {
    await close();
    const dropper = new pg.Client({ connectionString: baseUrl });
    await dropper.connect();
    await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await dropper.end();
  };
  return handle;
}

/** The database kinds this run tests against: PGlite always, Postgres when TEST_DATABASE_URL is set. */
export const databaseKinds = (): ("pglite" | "postgres")[] => (process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"]);

export async function openTestDb(kind: "pglite" | "postgres" = "pglite"): Promise<DbHandle> {
  return kind === "postgres" ? freshPostgres(process.env.TEST_DATABASE_URL!) : freshPglite();
}

/** Opens a fresh database and makes it the app's `db` for this test file. */
export async function useTestDb(kind: "pglite" | "postgres" = "pglite"): Promise<DbHandle> {
  const handle = await openTestDb(kind);
  useDbHandle(handle);
  return handle;
}
