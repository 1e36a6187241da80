// The only module that talks to Clerk. Verification is networkless when CLERK_JWT_KEY is set.
import { createClerkClient } from "@clerk/backend";
import { config } from "@/lib/config";

export interface ClerkIdentity {
  userId: string;
  orgId: string | null;
}

let client: ReturnType<typeof createClerkClient> | null = null;

export async function authenticateClerkRequest(req: Request): Promise<ClerkIdentity | null> {
  const clerk = config.clerk;
  if (!clerk) return null;
  client ??= createClerkClient({ secretKey: clerk.secretKey, publishableKey: clerk.publishableKey, jwtKey: clerk.jwtKey });
  const state = await client.authenticateRequest(req, { authorizedParties: authorizedParties() });
  if (!state.isSignedIn) return null;
  const auth = state.toAuth();
  return auth.userId ? { userId: auth.userId, orgId: auth.orgId ?? null } : null;
}

function authorizedParties() {
  const extra = process.env.CLERK_AUTHORIZED_PARTIES?.split(",").map((s) => s.trim()).filter(Boolean) ?? [];
  return [new URL(config.publicUrl).origin, ...extra];
}
