import { afterAll, describe, expect, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { mkdtempSync, mkdirSync, writeFileSync, cpSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { databaseKinds, openTestDb } from "../helpers/test-db";
import { deployMigrations, MigrationError } from "@/lib/db/schema-engine";
import { pgliteMigrationFactory } from "@/lib/db/migration-adapters";
import type { DbHandle } from "@/lib/db/client";

describe.each(databaseKinds())("migrations on %s", (kind) => {
  let handle: DbHandle;
  afterAll(() => handle?.close());

  it("apply and support a create/read round trip across relations", async () => {
    handle = await openTestDb(kind);
    const db = handle.client;
    const workspace = await db.workspace.create({ data: { name: "Acme", slug: `acme-${kind}`, plan: "pro" } });
    const job = await db.job.create({ data: { workspaceId: workspace.id, title: "Client onboarding SOP", kitId: "onboarding_kit" } });
    const read = await db.job.findUniqueOrThrow({ where: { id: job.id }, include: { workspace: true } });
    expect(read.workspace.plan).toBe("pro");
    expect(read.status).toBe("draft");
    expect(typeof read.id).toBe("number");
    await expect(db.workspace.create({ data: { name: "Again", slug: `acme-${kind}` } })).rejects.toMatchObject({ code: "P2002" });
  });
});

describe("db:deploy", () => {
  it("reports a failing migration as failed and does not record it as applied", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "ts-mig-"));
    cpSync(path.resolve("prisma/migrations"), path.join(dir, "migrations"), { recursive: true });
    mkdirSync(path.join(dir, "migrations", "29990101000000_broken"));
    writeFileSync(path.join(dir, "migrations", "29990101000000_broken", "migration.sql"), 'ALTER TABLE "NoSuchTable" ADD COLUMN "x" TEXT;');
    const pglite = await PGlite.create();
    const paths = { schemaPath: path.resolve("prisma/schema.prisma"), migrationsDir: path.join(dir, "migrations") };
    await expect(deployMigrations(pgliteMigrationFactory(pglite), paths)).rejects.toBeInstanceOf(MigrationError);
    const rows = await pglite.query<{ migration_name: string; finished_at: Date | null }>(
      `SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name`,
    );
    const broken = rows.rows.find((r) => r.migration_name === "29990101000000_broken");
    expect(broken?.finished_at ?? null).toBeNull();
    await pglite.close();
  });
});
