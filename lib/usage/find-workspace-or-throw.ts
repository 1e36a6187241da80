import { db, type Tx } from "@/lib/db";
import { notFound } from "@/lib/api/errors";
import type { PlanId } from "@/lib/plans/plans";

export interface WorkspacePlan {
  id: string;
  name: string;
  plan: PlanId;
  periodStart: Date;
}

/** The workspace's plan and billing anchor; an unknown id is a 404 like any other resource. */
export async function findWorkspaceOrThrow(workspaceId: string, client: Pick<Tx, "workspace"> = db): Promise<WorkspacePlan> {
  const workspace = await client.workspace.findUnique({ where: { id: workspaceId }, select: { id: true, name: true, plan: true, periodStart: true } });
  if (!workspace) throw notFound("Workspace");
  return workspace;
}
