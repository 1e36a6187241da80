import { z } from "zod";
import { defineEndpoint } from "@/lib/api/define-endpoint";
import { listLanguages, configuredAsrLanguages, configuredGenerationLanguages } from "@/lib/languages/list-languages";
import { scopes } from "@/lib/auth/scopes";
import { planLimits } from "@/lib/plans/plans";

export const ping = defineEndpoint({
  method: "GET",
  path: "/ping",
  summary: "Check a key: its workspace, plan and scopes",
  tags: ["Platform"],
  auth: "api",
  response: z.object({
    ok: z.literal(true),
    workspace: z.object({ id: z.string(), name: z.string(), plan: z.enum(["free", "pro", "studio"]) }),
    plan: z.enum(["free", "pro", "studio"]),
    scopes: z.array(z.enum(scopes)),
    auth: z.enum(["api_key", "session"]),
  }),
  handler: async ({ caller, workspace }) => ({
    ok: true,
    workspace: { id: workspace.id, name: workspace.name, plan: workspace.plan },
    plan: workspace.plan,
    scopes: caller.kind === "api_key" ? caller.scopes : [...planLimits[workspace.plan].allowedScopes],
    auth: caller.kind,
  }),
});

export const languages = defineEndpoint({
  method: "GET",
  path: "/languages",
  summary: "Output languages the configured providers can really produce",
  tags: ["Platform"],
  auth: "api",
  scopes: ["jobs:read"],
  response: z.object({
    data: z.array(z.object({ code: z.string(), name: z.string(), transcription: z.boolean(), generation: z.boolean(), plan: z.enum(["free", "pro"]) })),
  }),
  handler: async () => ({ data: listLanguages({ asr: configuredAsrLanguages(), generation: configuredGenerationLanguages() }) }),
});
