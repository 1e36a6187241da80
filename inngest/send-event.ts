import { config } from "@/lib/config";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inngestClient } from "./client";
import { jobDefinitions } from "./jobs";
import { wakeLocalRunner } from "./local/instance";

/**
 * Triggers the jobs listening to `event`. Locally the runs are rows, so passing the caller's
 * transaction makes "state changed" and "work queued" one atomic write.
 */
export async function sendEvent(event: string, data: Record<string, unknown>, tx?: Tx): Promise<void> {
  if (config.inngest) {
    await inngestClient().send({ name: event, data });
    return;
  }
  const client = tx ?? db;
  const listeners = jobDefinitions().filter((d) => d.trigger.event === event);
  for (const def of listeners) {
    await client.jobRun.create({
      data: { functionId: def.id, event, payload: data as Prisma.InputJsonValue, workspaceId: typeof data.workspaceId === "string" ? data.workspaceId : null },
    });
  }
  if (listeners.length) wakeLocalRunner();
}
