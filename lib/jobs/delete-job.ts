import { db } from "@/lib/db";
import { getBlobStore } from "@/lib/storage";
import { getJobOrThrow } from "./get-job-or-throw";
import { jobBlobPrefix } from "./job-blobs";

/** DELETE /jobs/:id: the rows (cascade) and every blob under the job's prefix. */
export async function deleteJob(workspaceId: string, jobId: number) {
  await getJobOrThrow(workspaceId, jobId);
  await db.job.delete({ where: { id: jobId } });
  await getBlobStore().deletePrefix(jobBlobPrefix(workspaceId, jobId));
  return { id: jobId, deleted: true };
}
