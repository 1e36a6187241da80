// npm start: system packages → migrations → demo data → build (when sources changed) → serve.
// Everything runs on embedded defaults with no settings; see .env.example for the knobs.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { config } from "@/lib/config";
import { lockHolder } from "@/lib/db/data-dir-lock";
import { localModeBindError } from "@/lib/server/bind-guard";
import { serverProcessEnv } from "@/lib/server/server-process-env";
import { runDbCommand } from "./db";
// @ts-expect-error plain ESM helper shared with the test script
import { ensureSystem } from "./ensure-system.mjs";

const dev = process.argv.includes("--dev");
const host = process.env.HOST ?? "127.0.0.1";
const port = process.env.PORT ?? "3000";
const sources = ["app", "components", "lib", "inngest", "public", "prisma/schema.prisma", "next.config.ts", "package.json", "instrumentation.ts", "postcss.config.mjs", "tsconfig.json"];

function sourceStamp(): string {
  const hash = createHash("sha256");
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) {
      if (p.endsWith("generated") || p.endsWith("node_modules")) return;
      for (const name of readdirSync(p).sort()) walk(path.join(p, name));
    } else hash.update(`${p}:${s.size}:${s.mtimeMs}\n`);
  };
  sources.forEach(walk);
  return hash.digest("hex");
}

function buildIfStale() {
  const stampFile = ".next/talksmith-build-stamp";
  const stamp = sourceStamp();
  if (existsSync(".next/BUILD_ID") && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp) return;
  console.log("Building the Studio (first start or sources changed) …");
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stampFile, stamp);
}

async function main() {
  if (!ensureSystem()) console.warn("Continuing without them: transcription of audio will fail until they are installed.");
  if (config.localMode) {
    const problem = localModeBindError(host);
    if (problem) {
      console.error(problem);
      process.exit(1);
    }
  }
  if (!config.databaseUrl) {
    const pid = lockHolder(config.dataDir);
    if (pid) {
      console.error(`Talksmith is already running (process ${pid}) with the embedded database in ${config.dataDir}.`);
      process.exit(1);
    }
  }
  await runDbCommand("deploy");
  await runDbCommand("seed");
  if (!dev) buildIfStale();
  console.log(`Talksmith Studio on http://${host.includes(":") ? `[${host}]` : host}:${port}${config.localMode ? " (local mode: you are signed in as the demo owner)" : ""}`);
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", dev ? "dev" : "start", "-H", host, "-p", port], {
    stdio: "inherit",
    env: { ...serverProcessEnv(), TALKSMITH_BIND_HOST: host },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
