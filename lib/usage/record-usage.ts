import type { Tx } from "@/lib/db";
import type { UsageMetric } from "@/lib/plans/plans";
import { currentPeriod } from "./current-period";

/** Records usage in the caller's transaction, in the workspace's current period. */
export async function recordUsage(tx: Tx, workspaceId: string, metric: UsageMetric, quantity: number, jobId?: number) {
  const workspace = await tx.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { periodStart: true } });
  await tx.usageRecord.create({ data: { workspaceId, metric, quantity, jobId: jobId ?? null, periodStart: currentPeriod(workspace.periodStart).start } });
}
