import { createHmac, timingSafeEqual } from "node:crypto";
import { derivedKey } from "./signing-key";

export const SESSION_COOKIE = "ts_session";
export const WORKSPACE_COOKIE = "ts_workspace";
const MAX_AGE_SEC = 30 * 24 * 3600;

const sign = (payload: string) => createHmac("sha256", derivedKey("local-session")).update(payload).digest("base64url");

/** v1.<userId>.<expiry>.<hmac>: a stateless local-mode session for the built-in owner. */
export function createLocalSessionToken(userId: string, now = Date.now()): string {
  const payload = `v1.${userId}.${Math.floor(now / 1000) + MAX_AGE_SEC}`;
  return `${payload}.${sign(payload)}`;
}

export function verifyLocalSessionToken(token: string, now = Date.now()): string | null {
  const parts = token.split(".");
  if (parts.length !== 4 || parts[0] !== "v1") return null;
  const payload = parts.slice(0, 3).join(".");
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(parts[3]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  if (Number(parts[2]) * 1000 < now) return null;
  return parts[1];
}

export function sessionCookie(token: string, secure: boolean) {
  return `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${MAX_AGE_SEC}${secure ? "; Secure" : ""}`;
}

export const clearSessionCookie = () => `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`;

export function readCookie(req: Request, name: string): string | null {
  const header = req.headers.get("cookie");
  if (!header) return null;
  for (const part of header.split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return decodeURIComponent(v.join("="));
  }
  return null;
}
