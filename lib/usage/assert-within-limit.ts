import { db } from "@/lib/db";
import { ApiError } from "@/lib/api/errors";
import { planLimits, plans, type PlanId, type UsageMetric } from "@/lib/plans/plans";
import { getUsage } from "./get-usage";

const labels: Record<UsageMetric, string> = { minutes_transcribed: "transcription minutes", kits_generated: "kits", renders: "renders", api_calls: "API calls" };

/** 402 insufficient_credits before work starts when it would exceed the plan's monthly limit. */
export async function assertWithinLimit(workspaceId: string, metric: UsageMetric, quantity: number) {
  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { plan: true } });
  const plan = workspace.plan as PlanId;
  const limit = planLimits[plan].monthly[metric];
  const { totals } = await getUsage(workspaceId);
  if (totals[metric] + quantity <= limit) return;
  const better = plans.slice(plans.indexOf(plan) + 1).find((p) => planLimits[p].monthly[metric] > limit);
  const left = Math.max(0, Math.floor((limit - totals[metric]) * 100) / 100);
  throw new ApiError(
    "insufficient_credits",
    `This needs ${quantity} ${labels[metric]} but ${left} of your ${limit} this month are left on the ${planLimits[plan].name} plan.${better ? ` Upgrade to ${planLimits[better].name} for ${planLimits[better].monthly[metric]} a month.` : ""}`,
  );
}
