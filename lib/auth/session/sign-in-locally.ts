import { config } from "@/lib/config";
import { createLocalSessionToken, sessionCookie } from "./local-session";
import { LOCAL_OWNER_ID, resolveMember } from "./resolve-member";

/** Local mode only: signs the browser in as the built-in owner of the demo workspace. */
export async function signInLocally(req: Request): Promise<Response> {
  if (!config.localMode) return new Response("Local sign-in is disabled when Clerk is configured.", { status: 404 });
  await resolveMember({ clerkUserId: LOCAL_OWNER_ID });
  const secure = new URL(req.url).protocol === "https:";
  return new Response(null, { status: 303, headers: { Location: "/", "Set-Cookie": sessionCookie(createLocalSessionToken(LOCAL_OWNER_ID), secure) } });
}
