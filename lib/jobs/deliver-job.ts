import { db } from "@/lib/db";
import { ApiError } from "@/lib/api/errors";
import { getJobOrThrow } from "./get-job-or-throw";
import { emitJobEvent } from "./emit-job-event";
import { toJobSummary } from "./to-job-summary";

/** POST /jobs/:id/deliver: review → delivered, announced by job.delivered. */
export async function deliverJob(workspaceId: string, jobId: number) {
  const job = await getJobOrThrow(workspaceId, jobId);
  if (job.status !== "review") throw new ApiError("invalid_state", job.status === "delivered" ? "The job is already delivered." : `Only jobs in review can be delivered; this one is ${job.status}.`);
  return db.$transaction(async (tx) => {
    const row = await tx.job.update({
      where: { id: jobId },
      data: { status: "delivered", stage: "delivered", deliveredAt: new Date() },
      include: { _count: { select: { assets: true } } },
    });
    const approved = await tx.asset.count({ where: { jobId, status: "approved" } });
    await emitJobEvent(tx, row, "job.delivered", { assetCount: row._count.assets, approvedAssetCount: approved });
    return toJobSummary(row);
  });
}
