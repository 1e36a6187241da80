import { db } from "@/lib/db";
import type { UsageMetric } from "@/lib/plans/plans";
import { currentPeriod } from "./current-period";

export async function getUsage(workspaceId: string, now = new Date()): Promise<{ period: { start: Date; end: Date }; totals: Record<UsageMetric, number> }> {
  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { periodStart: true } });
  const period = currentPeriod(workspace.periodStart, now);
  const rows = await db.usageRecord.groupBy({ by: ["metric"], where: { workspaceId, periodStart: period.start }, _sum: { quantity: true } });
  const totals: Record<UsageMetric, number> = { minutes_transcribed: 0, kits_generated: 0, renders: 0, api_calls: 0 };
  for (const row of rows) totals[row.metric as UsageMetric] = Math.round((row._sum.quantity ?? 0) * 100) / 100;
  return { period, totals };
}
