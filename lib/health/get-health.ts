import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { config } from "@/lib/config";
import { dbHandle } from "@/lib/db";
import { getBlobStore } from "@/lib/storage";

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
let tools: { ffmpeg: boolean; pocketsphinx: boolean } | null = null;

export async function getHealth() {
  tools ??= { ffmpeg: has("ffmpeg") && has("ffprobe"), pocketsphinx: has("pocketsphinx_continuous") };
  const version = JSON.parse(readFileSync(path.join(process.cwd(), "package.json"), "utf8")).version as string;
  const handle = dbHandle();
  let database: "ok" | "error" = "ok";
  try {
    await handle.client.$queryRaw`SELECT 1`;
  } catch {
    database = "error";
  }
  return {
    status: database === "ok" ? "ok" : "degraded",
    version,
    database: { kind: handle.kind, status: database },
    engines: {
      ffmpeg: tools.ffmpeg,
      asr: config.asr ? { provider: "openai", available: true } : { provider: "pocketsphinx", available: tools.pocketsphinx },
      llm: config.llm ? { provider: "openai", model: config.llm.model } : { provider: "builtin" },
      storage: getBlobStore().kind,
      jobs: config.inngest ? "inngest" : "local",
      auth: config.localMode ? "local" : "clerk",
    },
  };
}
