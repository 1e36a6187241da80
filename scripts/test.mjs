// npm test: installs what the tests need (Debian packages), then runs every test:
// Vitest (unit + integration on real databases), a type-checked production build, and
// Playwright in Debian's Chromium. Ends with one "N passed, N failed" line.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, mkdirSync } from "node:fs";
import { ensureSystem } from "./ensure-system.mjs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CLERK_TELEMETRY_DISABLED: "1" };
const only = process.argv[2]; // "unit" | "e2e" | undefined
mkdirSync("artifacts", { recursive: true });

if (!ensureSystem({ forTests: true })) process.exit(1);

const run = (cmd, args) => spawnSync(cmd, args, { stdio: "inherit", env }).status ?? 1;
let passed = 0;
let failed = 0;
let status = 0;

if (only !== "e2e") {
  const code = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile.json=artifacts/vitest.json"]);
  if (existsSync("artifacts/vitest.json")) {
    const report = JSON.parse(readFileSync("artifacts/vitest.json", "utf8"));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
  if (code !== 0) status = code;
}

if (only !== "unit") {
  const build = run("npx", ["next", "build"]);
  if (build !== 0) {
    failed += 1;
    status = build;
  } else {
    const code = run("npx", ["playwright", "test"]);
    if (existsSync("artifacts/playwright.json")) {
      const stats = JSON.parse(readFileSync("artifacts/playwright.json", "utf8")).stats;
      passed += stats.expected + stats.flaky;
      failed += stats.unexpected;
    }
    if (code !== 0) status = code;
  }
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(status || (failed ? 1 : 0));
