import { db } from "@/lib/db";
import type { UsageMetric } from "@/lib/plans/plans";
import { currentPeriod } from "./current-period";
import { findWorkspaceOrThrow } from "./find-workspace-or-throw";
import { roundUsage } from "./model";

export interface UsageDay {
  day: string; // YYYY-MM-DD (UTC)
  value: number;
}

/** Daily totals of one metric over the current period (every day present, zeros included), for the usage chart. */
export async function getUsageSeries(workspaceId: string, metric: UsageMetric, now: Date = new Date()): Promise<UsageDay[]> {
  const workspace = await findWorkspaceOrThrow(workspaceId);
  const { start, end } = currentPeriod(workspace, now);
  const rows = await db.usageRecord.findMany({ where: { workspaceId, metric, periodStart: start }, select: { createdAt: true, quantity: true } });
  const days = new Map<string, number>();
  const first = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate());
  for (let t = first; t < end.getTime(); t += 86_400_000) days.set(new Date(t).toISOString().slice(0, 10), 0);
  for (const r of rows) {
    const day = r.createdAt.toISOString().slice(0, 10);
    if (days.has(day)) days.set(day, roundUsage((days.get(day) ?? 0) + r.quantity));
  }
  return [...days].map(([day, value]) => ({ day, value }));
}
