import { db } from "@/lib/db";
import { ApiError } from "@/lib/api/errors";
import type { Caller } from "@/lib/auth/caller";
import type { Scope } from "@/lib/auth/scopes";
import type { PlanId } from "@/lib/plans/plans";
import { apiKeyPattern, hashApiKey } from "./format";
import { noteKeyUsed } from "./last-used";

type KeyCaller = Extract<Caller, { kind: "api_key" }>;

// A short cache keeps the key lookup off the hot path; revocation in this process evicts
// at once, other processes within CACHE_MS.
const CACHE_MS = 5_000;
const cache = new Map<string, { caller: KeyCaller | null; at: number }>();

export function evictApiKeyCache() {
  cache.clear();
}

export function bearerToken(req: Request): string | null {
  const auth = req.headers.get("authorization");
  if (auth) {
    const match = /^Bearer\s+(.+)$/i.exec(auth.trim());
    return match ? match[1].trim() : auth.trim();
  }
  return req.headers.get("x-api-key")?.trim() || null;
}

/** Resolves an API key to its workspace and scopes; any problem is 401 invalid_api_key. */
export async function authenticateApiKey(raw: string): Promise<KeyCaller> {
  if (!apiKeyPattern.test(raw)) throw new ApiError("invalid_api_key", "The API key is malformed. Keys look like tsk_live_ followed by 32 letters and digits.");
  const hash = hashApiKey(raw);
  const now = Date.now();
  let entry = cache.get(hash);
  if (!entry || now - entry.at > CACHE_MS) {
    const key = await db.apiKey.findUnique({ where: { hash }, include: { workspace: true } });
    const caller: KeyCaller | null =
      key && !key.revokedAt
        ? {
            kind: "api_key",
            keyId: key.id,
            scopes: key.scopes as Scope[],
            workspace: { id: key.workspace.id, name: key.workspace.name, slug: key.workspace.slug, plan: key.workspace.plan as PlanId },
          }
        : null;
    entry = { caller, at: now };
    if (cache.size > 10_000) cache.clear();
    cache.set(hash, entry);
  }
  if (!entry.caller) throw new ApiError("invalid_api_key", "The API key is unknown or has been revoked.");
  noteKeyUsed(entry.caller.keyId, now, entry.caller.workspace.id);
  return entry.caller;
}
