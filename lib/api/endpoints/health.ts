import { z } from "zod";
import { defineEndpoint } from "@/lib/api/define-endpoint";
import { getHealth } from "@/lib/health/get-health";

export const health = defineEndpoint({
  method: "GET",
  path: "/health",
  summary: "Liveness and which engines are available (no auth)",
  tags: ["Platform"],
  auth: "public",
  response: z.object({
    status: z.enum(["ok", "degraded"]),
    version: z.string(),
    database: z.object({ kind: z.enum(["pglite", "postgres"]), status: z.enum(["ok", "error"]) }),
    engines: z.object({
      ffmpeg: z.boolean(),
      asr: z.object({ provider: z.string(), available: z.boolean() }),
      llm: z.object({ provider: z.string(), model: z.string().optional() }),
      storage: z.enum(["local", "s3"]),
      jobs: z.enum(["inngest", "local"]),
      auth: z.enum(["local", "clerk"]),
    }),
  }),
  handler: async () => getHealth(),
});
