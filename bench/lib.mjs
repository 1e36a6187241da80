// Shared bench helpers: start the production server on a fresh embedded database.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export async function startServer(port, env = {}) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "talksmith-bench-"));
  const child = spawn("npx", ["tsx", "scripts/e2e-server.ts", String(port)], {
    env: { ...process.env, TALKSMITH_DATA_DIR: dataDir, ADMIN_API_KEY: "bench-admin-key", NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stderr.on("data", (d) => process.env.BENCH_VERBOSE && process.stderr.write(d));
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(base).catch((error) => {
    process.kill(-child.pid, "SIGTERM");
    throw error;
  });
  return {
    base,
    dataDir,
    pid: child.pid,
    stop: () => {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {}
    },
  };
}

/** Waits until the server at `base` answers /api/v1/health (two minutes at most). */
export async function waitForHealth(base) {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/api/v1/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${base} did not answer /api/v1/health (is there a production build? npx next build)`);
}

export async function adminKey(base, scopes = ["jobs:read", "jobs:write", "assets:read", "export"]) {
  const res = await fetch(`${base}/api/v1/admin/api-keys`, {
    method: "POST",
    headers: { "X-Admin-Key": "bench-admin-key", "Content-Type": "application/json" },
    body: JSON.stringify({ workspaceId: "demo", name: "bench", scopes }),
  });
  if (!res.ok) throw new Error(`admin key: ${res.status} ${await res.text()}`);
  return (await res.json()).key;
}

export const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
