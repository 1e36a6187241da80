import { ApiError } from "@/lib/api/errors";
import { planLimits, planUnlocking, type PlanId } from "@/lib/plans/plans";
import { planFeatureNames, type PlanFeature } from "./plan-features";

/** 403 plan_required naming the cheapest plan with the feature, e.g. "Brand profiles requires the Studio plan". */
export function assertPlanAllows(workspace: { plan: PlanId }, feature: PlanFeature): void {
  if (planLimits[workspace.plan][feature]) return;
  const needed = planLimits[planUnlocking((limits) => limits[feature])].name;
  throw new ApiError("plan_required", `${planFeatureNames[feature]} requires the ${needed} plan (this workspace is on ${planLimits[workspace.plan].name}).`);
}
