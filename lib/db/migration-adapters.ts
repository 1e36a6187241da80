// Driver adapter factories for the schema engine, with the three adapter bugs of
// STACK.md worked around. Used only by migrations, never by the app's queries.
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { SqlMigrationAwareDriverAdapterFactory, SqlDriverAdapter } from "@prisma/driver-adapter-utils";

type ScriptAdapter = SqlDriverAdapter & { client: PGlite };

// pglite-prisma-adapter 0.7.2 does not await exec, so a failing migration was recorded as applied.
function awaitScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const a = adapter as ScriptAdapter;
  a.executeScript = async (script: string) => {
    await a.client.exec(script);
  };
  return adapter;
}

export function pgliteMigrationFactory(client: PGlite): SqlMigrationAwareDriverAdapterFactory {
  const base = new PrismaPGlite(client);
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => awaitScripts(await base.connect()),
    connectToShadowDb: async () => {
      const shadow = await PGlite.create();
      const adapter = awaitScripts(await new PrismaPGlite(shadow).connect());
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await shadow.close();
      };
      return adapter;
    },
  };
}

let charTypePatched = false;
// @prisma/adapter-pg cannot deserialize pg's internal "char" (oid 18) that introspection reads.
function reportCharAsText(adapter: SqlDriverAdapter) {
  if (charTypePatched) return;
  const queryable = Object.getPrototypeOf(Object.getPrototypeOf(adapter)) as { performIO: (...args: unknown[]) => Promise<{ fields: { dataTypeID: number }[] }> };
  const performIO = queryable.performIO;
  queryable.performIO = async function (this: unknown, ...args: unknown[]) {
    const result = await performIO.apply(this, args);
    for (const field of result.fields) if (field.dataTypeID === 18) field.dataTypeID = 25;
    return result;
  };
  charTypePatched = true;
}

export function postgresMigrationFactory(connectionString: string): SqlMigrationAwareDriverAdapterFactory {
  const base = new PrismaPg({ connectionString });
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => {
      const adapter = await base.connect();
      reportCharAsText(adapter);
      return adapter;
    },
    // The stock shadow database points at the main database when given a connectionString,
    // and drops it before closing its pool; make a uniquely named one and force-drop it.
    connectToShadowDb: async () => {
      const name = `talksmith_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
      const admin = new pg.Client({ connectionString });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      await admin.end();
      const url = new URL(connectionString);
      url.pathname = `/${name}`;
      const shadow = new PrismaPg({ connectionString: url.toString() });
      const adapter = await shadow.connect();
      reportCharAsText(adapter);
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        const dropper = new pg.Client({ connectionString });
        await dropper.connect();
        await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await dropper.end();
      };
      return adapter;
    },
  };
}
