import { ApiError } from "@/lib/api/errors";
import { planLimits, planUnlocking, type PlanLimits } from "@/lib/plans/plans";
import type { Caller } from "./caller";
import type { Scope } from "./scopes";

export type PlanFeature = "apiAccess" | "nonEnglishOutput" | "publish" | "marketplace" | "brand";

const featureNames: Record<PlanFeature, string> = {
  apiAccess: "API access",
  nonEnglishOutput: "Output in languages other than English",
  publish: "Direct publishing",
  marketplace: "The marketplace API",
  brand: "Brand profiles",
};

export function assertScopes(caller: Caller, required: Scope[]) {
  if (caller.kind !== "api_key") return;
  const missing = required.filter((s) => !caller.scopes.includes(s));
  if (missing.length) throw new ApiError("scope_required", `This API key lacks the ${missing.join(", ")} scope${missing.length > 1 ? "s" : ""}.`);
}

export function assertPlanFeature(plan: keyof typeof planLimits, feature: PlanFeature) {
  if (planLimits[plan][feature as keyof PlanLimits]) return;
  const needed = planLimits[planUnlocking((l) => Boolean(l[feature as keyof PlanLimits]))].name;
  throw new ApiError("plan_required", `${featureNames[feature]} needs the ${needed} plan or higher.`);
}
