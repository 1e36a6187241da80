import type { Tx } from "@/lib/db";
import type { Job } from "@/lib/generated/prisma/client";
import { emitWebhookEvent } from "@/lib/webhooks/emit-webhook-event";

export type JobEventName = "job.review" | "job.delivered" | "kit.generated" | "job.failed";

/** Writes the webhook outbox rows for a job event inside the transaction of the state change. */
export async function emitJobEvent(tx: Tx, job: Pick<Job, "id" | "workspaceId" | "title" | "status" | "kitId">, event: JobEventName, extra: Record<string, unknown> = {}) {
  await emitWebhookEvent(tx, job.workspaceId, event, {
    job: { id: job.id, title: job.title, status: job.status, kitId: job.kitId },
    ...extra,
  });
}
