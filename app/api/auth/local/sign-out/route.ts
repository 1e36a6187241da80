import { clearSessionCookie } from "@/lib/auth/session/local-session";

export const POST = async (req: Request) =>
  new Response(null, { status: 303, headers: { Location: new URL("/sign-in", req.url).pathname, "Set-Cookie": clearSessionCookie() } });
