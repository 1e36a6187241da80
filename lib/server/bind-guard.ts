import { isIP } from "node:net";

/** The host `next start`/`next dev` was asked to listen on (-H/--hostname), or null for "all". */
export function requestedHost(argv = process.argv, env: Record<string, string | undefined> = process.env): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "-H" || arg === "--hostname") return argv[i + 1] ?? null;
    if (arg.startsWith("--hostname=")) return arg.slice("--hostname=".length);
  }
  return env.TALKSMITH_BIND_HOST ?? null;
}

export function isLoopbackHost(host: string | null): boolean {
  if (!host) return false;
  if (host === "localhost") return true;
  const bare = host.replace(/^\[|\]$/g, "");
  if (isIP(bare) === 4) return bare.startsWith("127.");
  if (isIP(bare) === 6) return bare === "::1";
  return false;
}

/**
 * Local mode signs everyone in as the owner, so it must not be reachable from other
 * machines: the guard is the listen address (next start always runs with NODE_ENV=production).
 */
export function localModeBindError(host: string | null, env: Record<string, string | undefined> = process.env): string | null {
  if (isLoopbackHost(host) || env.TALKSMITH_LOCAL_AUTH === "1") return null;
  return (
    `Refusing to start: Talksmith is in local mode (no Clerk keys), where every visitor is signed in as the workspace owner, ` +
    `and it was asked to listen on ${host ?? "all interfaces"}. Listen on 127.0.0.1 (HOST=127.0.0.1), configure Clerk ` +
    `(CLERK_SECRET_KEY and NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY), or set TALKSMITH_LOCAL_AUTH=1 if you really mean it.`
  );
}
