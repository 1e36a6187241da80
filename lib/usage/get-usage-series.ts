import { db } from "@/lib/db";
import type { UsageMetric } from "@/lib/plans/plans";
import { currentPeriod } from "./current-period";

/** Daily totals of one metric over the current period, for the Studio's usage chart. */
export async function getUsageSeries(workspaceId: string, metric: UsageMetric) {
  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { periodStart: true } });
  const { start, end } = currentPeriod(workspace.periodStart);
  const rows = await db.usageRecord.findMany({ where: { workspaceId, metric, periodStart: start }, select: { createdAt: true, quantity: true } });
  const days = new Map<string, number>();
  for (let t = start.getTime(); t < end.getTime(); t += 86_400_000) days.set(new Date(t).toISOString().slice(0, 10), 0);
  for (const r of rows) {
    const day = r.createdAt.toISOString().slice(0, 10);
    if (days.has(day)) days.set(day, Math.round(((days.get(day) ?? 0) + r.quantity) * 100) / 100);
  }
  return [...days].map(([day, value]) => ({ day, value }));
}
