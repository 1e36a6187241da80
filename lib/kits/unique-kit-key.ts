import type { Tx } from "@/lib/db";
import { builtinKits } from "./builtins";

const MAX_KEY = 64;

/**
 * A key free in this workspace and not a built-in's: a workspace template with a built-in's key
 * would shadow the built-in in /kits and in new jobs. Appends _2, _3… trimmed to the key limit.
 */
export async function uniqueKitKey(client: Pick<Tx, "kitTemplate">, workspaceId: string, base: string): Promise<string> {
  const stem = base.toLowerCase().replace(/[^a-z0-9_]+/g, "_").replace(/^_+|_+$/g, "").slice(0, MAX_KEY) || "kit";
  const taken = new Set((await client.kitTemplate.findMany({ where: { workspaceId, key: { startsWith: stem.slice(0, MAX_KEY - 6) } }, select: { key: true } })).map((k) => k.key));
  for (const kit of builtinKits) taken.add(kit.key);
  if (!taken.has(stem) && stem.length >= 2) return stem;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = stem.slice(0, MAX_KEY - suffix.length) + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}
