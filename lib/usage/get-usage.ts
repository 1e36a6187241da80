import { db } from "@/lib/db";
import type { PlanId, UsageMetric } from "@/lib/plans/plans";
import { currentPeriod, type BillingPeriod } from "./current-period";
import { findWorkspaceOrThrow } from "./find-workspace-or-throw";
import { emptyTotals, roundUsage, usageMetrics } from "./model";

/** Per-metric totals of the workspace's current billing period. */
export async function getUsage(workspaceId: string, now: Date = new Date()): Promise<{ plan: PlanId; period: BillingPeriod; totals: Record<UsageMetric, number> }> {
  const workspace = await findWorkspaceOrThrow(workspaceId);
  const period = currentPeriod(workspace, now);
  const rows = await db.usageRecord.groupBy({ by: ["metric"], where: { workspaceId, periodStart: period.start }, _sum: { quantity: true } });
  const totals = emptyTotals();
  for (const row of rows) {
    if ((usageMetrics as readonly string[]).includes(row.metric)) totals[row.metric as UsageMetric] = roundUsage(row._sum.quantity ?? 0);
  }
  return { plan: workspace.plan, period, totals };
}
