import type { Tx } from "@/lib/db";
import type { UsageMetric } from "@/lib/plans/plans";
import { currentPeriod } from "./current-period";
import { findWorkspaceOrThrow } from "./find-workspace-or-throw";

type UsageClient = Pick<Tx, "workspace" | "usageRecord">;

/**
 * Records usage in the caller's transaction (or directly on `db`), filed under the workspace's
 * current period so period totals are one indexed sum.
 */
export async function recordUsage(client: UsageClient, workspaceId: string, metric: UsageMetric, quantity: number, jobId?: number, now: Date = new Date()) {
  if (!Number.isFinite(quantity) || quantity < 0) throw new RangeError(`Usage quantity must be a non-negative number, got ${quantity}`);
  const workspace = await findWorkspaceOrThrow(workspaceId, client);
  await client.usageRecord.create({ data: { workspaceId, metric, quantity, jobId: jobId ?? null, periodStart: currentPeriod(workspace, now).start, createdAt: now } });
}
