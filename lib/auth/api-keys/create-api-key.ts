import { z } from "zod";
import { db } from "@/lib/db";
import { ApiError } from "@/lib/api/errors";
import { planLimits, planUnlocking, type PlanId } from "@/lib/plans/plans";
import { scopes, type Scope } from "@/lib/auth/scopes";
import { apiKeyPrefix, generateApiKey, hashApiKey } from "./format";
import { toApiKeyView, type ApiKeyView } from "./view";

export const createApiKeyInput = z.object({
  name: z.string().trim().min(1).max(100),
  scopes: z.array(z.enum(scopes)).min(1).optional(),
});

export type CreatedApiKey = ApiKeyView & { key: string };

/** Creates a key; the full key is in this result only, the database keeps its hash. */
export async function createApiKey(workspaceId: string, input: z.infer<typeof createApiKeyInput>): Promise<CreatedApiKey> {
  const workspace = await db.workspace.findUnique({ where: { id: workspaceId } });
  if (!workspace) throw new ApiError("not_found", "Workspace not found");
  const limits = planLimits[workspace.plan as PlanId];
  if (!limits.apiAccess) throw new ApiError("plan_required", `API keys need the ${planLimits[planUnlocking((l) => l.apiAccess)].name} plan or higher.`);
  const wanted: Scope[] = input.scopes ?? limits.defaultScopes;
  const refused = wanted.find((s) => !limits.allowedScopes.includes(s));
  if (refused) {
    throw new ApiError("plan_required", `The ${refused} scope needs the ${planLimits[planUnlocking((l) => l.allowedScopes.includes(refused))].name} plan.`, { param: "scopes" });
  }
  const key = generateApiKey();
  const row = await db.apiKey.create({
    data: { workspaceId, name: input.name, prefix: apiKeyPrefix(key), hash: hashApiKey(key), scopes: [...new Set(wanted)] },
  });
  return { ...toApiKeyView(row), key };
}
