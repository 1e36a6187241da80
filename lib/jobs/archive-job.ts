import { z } from "zod";
import { db } from "@/lib/db";
import { getJobOrThrow } from "./get-job-or-throw";
import { toJobSummary } from "./to-job-summary";

export const archiveInput = z.object({ archived: z.boolean().default(true) });

export async function archiveJob(workspaceId: string, jobId: number, input: z.infer<typeof archiveInput>) {
  await getJobOrThrow(workspaceId, jobId);
  const row = await db.job.update({
    where: { id: jobId },
    data: { archivedAt: input.archived ? new Date() : null },
    include: { _count: { select: { assets: true } } },
  });
  return toJobSummary(row);
}
