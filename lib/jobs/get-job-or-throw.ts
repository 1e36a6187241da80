import { db, type Tx } from "@/lib/db";
import { notFound } from "@/lib/api/errors";

/** A job of this workspace, or 404 (another workspace's job looks exactly like a missing one). */
export async function getJobOrThrow(workspaceId: string, id: number, tx?: Tx) {
  const job = await (tx ?? db).job.findFirst({ where: { id, workspaceId } });
  if (!job) throw notFound("Job");
  return job;
}
