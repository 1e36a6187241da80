// The server Playwright tests run against: a fresh embedded database (migrated and seeded)
// and the production build, on loopback.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const port = process.argv[2] ?? "3100";
process.env.TALKSMITH_DATA_DIR = mkdtempSync(path.join(os.tmpdir(), "talksmith-e2e-"));
process.env.TALKSMITH_PUBLIC_URL = `http://127.0.0.1:${port}`;
delete process.env.DATABASE_URL;

const { runDbCommand } = await import("./db");
const { serverProcessEnv } = await import("@/lib/server/server-process-env");
await runDbCommand("deploy");
await runDbCommand("seed");
const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", port], {
  stdio: "inherit",
  env: serverProcessEnv(),
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
