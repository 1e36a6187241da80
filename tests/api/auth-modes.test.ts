// Clerk mode verified offline with a locally minted RS256 session token (networkless jwtKey),
// local mode's listen-address guard, health, and the operator CLI.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { exportSPKI, generateKeyPair, SignJWT } from "jose";
import { useTestDb } from "../helpers/test-db";
import { api, json } from "../helpers/api";
import { localModeBindError, requestedHost } from "@/lib/server/bind-guard";
import { db } from "@/lib/db";

beforeAll(async () => {
  await useTestDb();
});
afterEach(() => vi.unstubAllEnvs());

describe("Clerk mode", () => {
  it("accepts a valid session token on session-only routes, maps the user to a workspace, and rejects a tampered one", async () => {
    const { publicKey, privateKey } = await generateKeyPair("RS256");
    vi.stubEnv("CLERK_SECRET_KEY", "sk_test_offline");
    vi.stubEnv("NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY", "pk_test_Y2xlcmsuZXhhbXBsZS5jb20k");
    vi.stubEnv("CLERK_JWT_KEY", await exportSPKI(publicKey));
    vi.stubEnv("CLERK_TELEMETRY_DISABLED", "1");
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ sid: "sess_1", azp: "http://127.0.0.1:3000" })
      .setProtectedHeader({ alg: "RS256", kid: "ins_test" })
      .setSubject("user_clerk_1")
      .setIssuer("https://clerk.example.com")
      .setIssuedAt(now - 5)
      .setNotBefore(now - 5)
      .setExpirationTime(now + 60)
      .sign(privateKey);
    const ok = await api("GET", "/api/v1/api-keys", { headers: { authorization: `Bearer ${token}` } });
    expect(ok.status).toBe(200);
    const user = await db.user.findUniqueOrThrow({ where: { clerkUserId: "user_clerk_1" }, include: { members: { include: { workspace: true } } } });
    expect(user.members[0]).toMatchObject({ role: "owner", workspace: { plan: "free" } });
    const tampered = `${token.slice(0, -4)}AAAA`;
    expect((await api("GET", "/api/v1/api-keys", { headers: { authorization: `Bearer ${tampered}` } })).status).toBe(403);
    // Local sign-in is off when Clerk is configured.
    expect((await api("POST", "/api/auth/local/sign-in")).status).toBe(404);
  });
});

describe("local mode guard", () => {
  it("refuses any address but loopback unless TALKSMITH_LOCAL_AUTH=1", () => {
    expect(localModeBindError("127.0.0.1", {})).toBeNull();
    expect(localModeBindError("::1", {})).toBeNull();
    expect(localModeBindError("localhost", {})).toBeNull();
    expect(localModeBindError("0.0.0.0", {})).toContain("Refusing to start");
    expect(localModeBindError(null, {})).toContain("all interfaces");
    expect(localModeBindError("192.168.1.5", {})).toContain("Refusing");
    expect(localModeBindError("0.0.0.0", { TALKSMITH_LOCAL_AUTH: "1" })).toBeNull();
    expect(requestedHost(["node", "next", "start", "-H", "10.0.0.1"], {})).toBe("10.0.0.1");
    expect(requestedHost(["node", "next", "start", "--hostname=::1"], {})).toBe("::1");
    expect(requestedHost(["node", "next", "start"], {})).toBeNull();
  });
});

describe("health", () => {
  it("answers without auth: version, database kind and engines", async () => {
    const res = await api("GET", "/api/v1/health");
    expect(res.status).toBe(200);
    const body = await json<{ status: string; database: { kind: string }; engines: Record<string, unknown> }>(res);
    expect(body).toMatchObject({ status: "ok", database: { kind: "pglite", status: "ok" }, engines: { ffmpeg: true, llm: { provider: "builtin" }, storage: "local", jobs: "local", auth: "local" } });
  });
});

describe("operator CLI", () => {
  it("creates, lists and revokes keys on the embedded database when no server runs", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "ts-cli-"));
    const env = { ...process.env, TALKSMITH_DATA_DIR: dir, TALKSMITH_PUBLIC_URL: "http://127.0.0.1:1" };
    execFileSync("npx", ["tsx", "scripts/db.ts", "deploy"], { env, stdio: "pipe" });
    execFileSync("npx", ["tsx", "scripts/db.ts", "seed"], { env, stdio: "pipe" });
    const out = execFileSync("npx", ["tsx", "scripts/talksmith.ts", "api-key", "create", "--name", "CI", "--scopes", "jobs:read,export"], { env }).toString();
    const key = /tsk_live_[0-9A-Za-z]{32}/.exec(out)?.[0];
    expect(key).toBeTruthy();
    const list = execFileSync("npx", ["tsx", "scripts/talksmith.ts", "api-key", "list"], { env }).toString();
    expect(list).toContain(key!.slice(0, 12));
    expect(list).toContain("jobs:read,export");
    expect(list).not.toContain(key!);
    const id = list.trim().split(/\s+/)[0];
    expect(execFileSync("npx", ["tsx", "scripts/talksmith.ts", "api-key", "revoke", id], { env }).toString()).toContain("Revoked");
    expect(execFileSync("npx", ["tsx", "scripts/talksmith.ts", "api-key", "list"], { env }).toString()).toContain("revoked");
  }, 120_000);
});

