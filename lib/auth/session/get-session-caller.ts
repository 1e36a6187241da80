import { config } from "@/lib/config";
import type { Caller } from "@/lib/auth/caller";
import { authenticateClerkRequest } from "./clerk";
import { readCookie, SESSION_COOKIE, verifyLocalSessionToken, WORKSPACE_COOKIE } from "./local-session";
import { resolveMember } from "./resolve-member";

/** "Who is this browser?" for both modes: Clerk when configured, the local owner otherwise. */
export async function getSessionCaller(req: Request): Promise<Extract<Caller, { kind: "session" }> | null> {
  const preferred = readCookie(req, WORKSPACE_COOKIE);
  if (config.localMode) {
    const token = readCookie(req, SESSION_COOKIE);
    const userId = token ? verifyLocalSessionToken(token) : null;
    return userId ? resolveMember({ clerkUserId: userId }, preferred) : null;
  }
  const identity = await authenticateClerkRequest(req);
  return identity ? resolveMember({ clerkUserId: identity.userId, orgId: identity.orgId }, preferred) : null;
}
