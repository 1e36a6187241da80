import { db } from "@/lib/db";
import { createApiKey } from "@/lib/auth/api-keys/create-api-key";
import type { Scope } from "@/lib/auth/scopes";
import { createLocalSessionToken, SESSION_COOKIE, WORKSPACE_COOKIE } from "@/lib/auth/session/local-session";

let n = 0;

export async function makeWorkspace(plan: "free" | "pro" | "studio" = "studio", name = "Acme") {
  n++;
  return db.workspace.create({ data: { name: `${name} ${n}`, slug: `${name.toLowerCase().replace(/\W+/g, "-")}-${n}-${Math.random().toString(36).slice(2, 7)}`, plan } });
}

export async function makeKey(workspaceId: string, scopes?: Scope[]) {
  const ws = await db.workspace.findUniqueOrThrow({ where: { id: workspaceId } });
  const original = ws.plan;
  // Keys may be minted for any plan in tests (e.g. to test a downgraded workspace).
  if (original === "free") await db.workspace.update({ where: { id: workspaceId }, data: { plan: "studio" } });
  const created = await createApiKey(workspaceId, { name: "test", scopes });
  if (original === "free") await db.workspace.update({ where: { id: workspaceId }, data: { plan: original } });
  return created.key;
}

/** A signed local-mode session cookie for a member of the workspace (created on demand). */
export async function sessionCookieFor(workspaceId: string, clerkUserId = "local-owner") {
  const user = await db.user.upsert({ where: { clerkUserId }, update: {}, create: { clerkUserId } });
  await db.member.upsert({
    where: { workspaceId_userId: { workspaceId, userId: user.id } },
    update: {},
    create: { workspaceId, userId: user.id, role: "owner" },
  });
  return `${SESSION_COOKIE}=${createLocalSessionToken(clerkUserId)}; ${WORKSPACE_COOKIE}=${workspaceId}`;
}
