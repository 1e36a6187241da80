import { ApiError } from "@/lib/api/errors";
import { planLimits, plans, type UsageMetric } from "@/lib/plans/plans";
import { getUsage } from "./get-usage";
import { usageMetricLabels } from "./model";

/**
 * 402 insufficient_credits before work starts when it would take the period past the plan's
 * monthly limit, naming the plan that allows more. Checked before the work and recorded after
 * it, so two requests racing at the edge can overshoot by one unit of work; a limit is a
 * budget, not a lock.
 */
export async function assertWithinLimit(workspaceId: string, metric: UsageMetric, quantity: number, now: Date = new Date()) {
  const { plan, totals } = await getUsage(workspaceId, now);
  const limit = planLimits[plan].monthly[metric];
  if (totals[metric] + quantity <= limit) return;
  const better = plans.slice(plans.indexOf(plan) + 1).find((p) => planLimits[p].monthly[metric] > limit);
  const left = Math.max(0, Math.floor((limit - totals[metric]) * 100) / 100);
  const label = usageMetricLabels[metric];
  throw new ApiError(
    "insufficient_credits",
    `This needs ${quantity} ${label} but ${left} of your ${limit} this month are left on the ${planLimits[plan].name} plan.` +
      (better ? ` Upgrade to ${planLimits[better].name} for ${planLimits[better].monthly[metric]} ${label} a month.` : " The limit resets at the start of the next billing period."),
  );
}
