// npm run talksmith -- api-key create --name CI --scopes jobs:read,jobs:write,export [--workspace ID]
//                     api-key list [--workspace ID]
//                     api-key revoke <id | keyHash>
// Talks to the running server's operator API when it is up (the embedded database belongs to
// the server), and opens the database directly when it is not.
import { parseArgs } from "node:util";
import { config } from "@/lib/config";
import { lockHolder } from "@/lib/db/data-dir-lock";
import { adminApiKey } from "@/lib/auth/admin";
import { scopes as allScopes, type Scope } from "@/lib/auth/scopes";

const usage = `usage:
  talksmith api-key create --name NAME [--scopes a,b,c] [--workspace ID]
  talksmith api-key list [--workspace ID]
  talksmith api-key revoke <key id | key SHA-256 hash>`;

type KeyRow = { id: string; name: string; prefix: string; scopes: string[]; workspaceId: string; keyHash: string; lastUsedAt: string | null; revokedAt: string | null; key?: string };

async function serverUp(): Promise<boolean> {
  if (!config.databaseUrl && lockHolder(config.dataDir)) return true;
  try {
    const res = await fetch(`${config.publicUrl}/api/v1/health`, { signal: AbortSignal.timeout(1500) });
    return res.ok;
  } catch {
    return false;
  }
}

async function viaServer(method: string, path: string, body?: unknown) {
  const key = adminApiKey();
  if (!key) throw new Error("Set ADMIN_API_KEY to use the CLI against a running server.");
  const res = await fetch(`${config.publicUrl}/api/v1${path}`, {
    method,
    headers: { "X-Admin-Key": key, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json()) as { error?: { message: string } } & Record<string, unknown>;
  if (!res.ok) throw new Error(json.error?.message ?? `HTTP ${res.status}`);
  return json;
}

async function direct<T>(fn: () => Promise<T>): Promise<T> {
  const { dbHandle } = await import("@/lib/db");
  try {
    return await fn();
  } finally {
    await dbHandle().close();
  }
}

/** The demo workspace (by slug) when no --workspace is given; the admin API accepts ids or slugs. */
const workspaceArg = (given: string | undefined) => given ?? "demo";

function print(rows: KeyRow[]) {
  for (const k of rows) console.log(`${k.id}  ${k.prefix}…  ${k.name.padEnd(20)}  ${k.scopes.join(",")}  ${k.revokedAt ? "revoked" : k.lastUsedAt ? `last used ${k.lastUsedAt}` : "never used"}`);
}

async function main() {
  const [group, command, ...rest] = process.argv.slice(2);
  if (group !== "api-key" || !command) throw new Error(usage);
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { name: { type: "string" }, scopes: { type: "string" }, workspace: { type: "string" } } });
  const up = await serverUp();

  if (command === "create") {
    if (!values.name) throw new Error(usage);
    const scopes = values.scopes?.split(",").map((s) => s.trim()).filter(Boolean) as Scope[] | undefined;
    const unknown = scopes?.find((s) => !allScopes.includes(s));
    if (unknown) throw new Error(`Unknown scope ${unknown}; choose from ${allScopes.join(", ")}`);
    let created: KeyRow;
    if (up) {
      created = (await viaServer("POST", "/admin/api-keys", { workspaceId: workspaceArg(values.workspace), name: values.name, scopes })) as unknown as KeyRow;
    } else {
      created = await direct(async () => {
        const { createApiKey } = await import("@/lib/auth/api-keys/create-api-key");
        const { db } = await import("@/lib/db");
        const ref = workspaceArg(values.workspace);
        const workspace = await db.workspace.findFirst({ where: { OR: [{ id: ref }, { slug: ref }] } });
        if (!workspace) throw new Error(`No workspace ${ref}; run npm run db:seed or pass --workspace ID.`);
        const workspaceId = workspace.id;
        const key = await createApiKey(workspaceId, { name: values.name!, scopes });
        return { ...key, workspaceId, keyHash: "" } as KeyRow;
      });
    }
    console.log(`Created "${created.name}" with scopes ${created.scopes.join(", ")}.\nThis is the only time the key is shown:\n\n  ${created.key}\n`);
  } else if (command === "list") {
    const rows = up
      ? ((await viaServer("GET", values.workspace ? `/admin/api-keys/${values.workspace}` : "/admin/api-keys")) as { data: KeyRow[] }).data
      : await direct(async () => {
          const { db } = await import("@/lib/db");
          const keys = await db.apiKey.findMany({ where: values.workspace ? { workspaceId: values.workspace } : {}, orderBy: { createdAt: "desc" } });
          return keys.map((k) => ({ ...k, keyHash: k.hash, lastUsedAt: k.lastUsedAt?.toISOString() ?? null, revokedAt: k.revokedAt?.toISOString() ?? null }));
        });
    if (rows.length === 0) console.log("No API keys.");
    print(rows);
  } else if (command === "revoke") {
    const target = positionals[0];
    if (!target) throw new Error(usage);
    if (up) {
      let keyHash = target;
      if (!/^[0-9a-f]{64}$/.test(target)) {
        const { data } = (await viaServer("GET", "/admin/api-keys")) as { data: KeyRow[] };
        keyHash = data.find((k) => k.id === target)?.keyHash ?? "";
        if (!keyHash) throw new Error(`No key with id ${target}`);
      }
      await viaServer("DELETE", "/admin/api-keys", { keyHash });
    } else {
      await direct(async () => {
        const { db } = await import("@/lib/db");
        const key = await db.apiKey.findFirst({ where: { OR: [{ id: target }, { hash: target }] } });
        if (!key) throw new Error(`No key ${target}`);
        await db.apiKey.update({ where: { id: key.id }, data: { revokedAt: key.revokedAt ?? new Date() } });
      });
    }
    console.log(`Revoked ${target}.`);
  } else {
    throw new Error(usage);
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
