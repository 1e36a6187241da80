// Drives Prisma's WebAssembly schema engine through a driver adapter, because the native
// engine the Prisma CLI wants cannot be downloaded on offline machines (see STACK.md).
// deploy = apply checked-in migrations; dev = diff the schema into a new migration.
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);
const filters = { externalTables: [], externalEnums: [] };

export interface MigrationPaths {
  schemaPath: string;
  migrationsDir: string;
}

export const defaultPaths = (root = process.cwd()): MigrationPaths => ({
  schemaPath: path.join(root, "prisma/schema.prisma"),
  migrationsDir: path.join(root, "prisma/migrations"),
});

type Engine = {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  devDiagnostic(input: unknown): Promise<{ action: { tag: string; reason?: string } }>;
  createMigration(input: unknown): Promise<{ generatedMigrationName: string; migrationScript: string | null }>;
  free(): void;
};

let wasmReady = false;
function loadWasm() {
  const bg = require("@prisma/schema-engine-wasm/schema_engine_bg");
  if (!wasmReady) {
    const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm");
    const mod = new WebAssembly.Module(readFileSync(wasmPath));
    const inst = new WebAssembly.Instance(mod, { "./schema_engine_bg.js": bg });
    bg.__wbg_set_wasm(inst.exports);
    (inst.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
    wasmReady = true;
  }
  return bg as { SchemaEngine: { new: (o: unknown, log: (s: string) => void, adapter: unknown) => Promise<Engine> } };
}

export function readMigrationsList({ migrationsDir }: MigrationPaths) {
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  const names = existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: { path: "migration.sql", content: { tag: "ok", value: readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8") } },
    })),
  };
}

async function withEngine<T>(factory: SqlMigrationAwareDriverAdapterFactory, paths: MigrationPaths, fn: (engine: Engine) => Promise<T>): Promise<T> {
  const bg = loadWasm();
  const schema = readFileSync(paths.schemaPath, "utf8");
  const logs: string[] = [];
  const engine = await bg.SchemaEngine.new({ datamodels: [[paths.schemaPath, schema]] }, (line: string) => logs.push(line), bindMigrationAwareSqlAdapterFactory(factory));
  try {
    return await fn(engine);
  } catch (error) {
    throw new MigrationError(describe(error), logs);
  } finally {
    engine.free();
  }
}

export class MigrationError extends Error {
  constructor(message: string, readonly logs: string[]) {
    super(message);
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === "object") {
    const e = error as { message?: string; error?: string; meta?: unknown };
    return e.message ?? e.error ?? JSON.stringify(error);
  }
  return String(error);
}

/** Applies every checked-in migration not yet applied; a failing one throws (and stays recorded as failed). */
export async function deployMigrations(factory: SqlMigrationAwareDriverAdapterFactory, paths = defaultPaths()) {
  return withEngine(factory, paths, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList: readMigrationsList(paths), filters });
    return out.appliedMigrationNames;
  });
}

/** Creates a migration from the schema diff (if any), writes it, then applies it. */
export async function createMigration(factory: SqlMigrationAwareDriverAdapterFactory, name: string, paths = defaultPaths()) {
  return withEngine(factory, paths, async (engine) => {
    await engine.applyMigrations({ migrationsList: readMigrationsList(paths), filters });
    const diagnostic = await engine.devDiagnostic({ migrationsList: readMigrationsList(paths), filters });
    if (diagnostic.action.tag === "reset") throw new Error(`The database needs a reset: ${diagnostic.action.reason}`);
    const schema = readFileSync(paths.schemaPath, "utf8");
    const created = await engine.createMigration({
      draft: false,
      migrationName: name,
      migrationsList: readMigrationsList(paths),
      schema: { files: [{ path: paths.schemaPath, content: schema }] },
      filters,
    });
    if (!created.migrationScript) return null;
    const dir = path.join(paths.migrationsDir, created.generatedMigrationName);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), created.migrationScript);
    writeFileSync(path.join(paths.migrationsDir, "migration_lock.toml"), 'provider = "postgresql"\n');
    await engine.applyMigrations({ migrationsList: readMigrationsList(paths), filters });
    return created.generatedMigrationName;
  });
}
