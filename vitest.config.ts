import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/**/*.test.ts", "lib/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    globalSetup: ["tests/helpers/global-setup.ts"],
    env: { TALKSMITH_ALLOW_PRIVATE_URLS: "1", TALKSMITH_DATA_DIR: ".data/test" },
  },
});
