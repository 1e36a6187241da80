import type { InngestFunction } from "inngest";
import { inngestClient } from "./client";
import { NonRetriableError as OurNonRetriable, type JobDefinition } from "./define-job";
import { NonRetriableError } from "inngest";
import { jobDefinitions } from "./jobs";
import { deliverDueWebhooks } from "@/lib/webhooks/deliver-due-webhooks";

/** Turns each job definition into an Inngest function: one step.run per durable step. */
export function toInngestFunction<T>(def: JobDefinition<T>) {
  const inngest = inngestClient();
  return inngest.createFunction(
    {
      id: def.id,
      name: def.name,
      triggers: [{ event: def.trigger.event }],
      retries: def.retries as 0,
      concurrency: def.concurrency ? [{ key: `event.data.${def.concurrency.key}`, limit: def.concurrency.limit }] : undefined,
      onFailure: async ({ event, error }: { event: { data: { event: { data: unknown } } }; error: Error }) => {
        await def.onFailure?.(def.trigger.schema.parse(event.data.event.data), error);
      },
    },
    async ({ event, step }: { event: { data: unknown }; step: { run: <R>(id: string, fn: () => Promise<R>) => Promise<unknown> } }) => {
      const data = def.trigger.schema.parse(event.data);
      try {
        return await def.handler(data, { step: async <R,>(id: string, fn: () => Promise<R>) => (await step.run(id, fn)) as R });
      } catch (error) {
        if (error instanceof OurNonRetriable) throw new NonRetriableError(error.message, { cause: error });
        throw error;
      }
    },
  );
}

/** Webhook outbox sweep: every minute, send what is due (retries included). */
function webhookSweep() {
  return inngestClient().createFunction({ id: "webhooks-sweep", name: "Deliver due webhooks", triggers: [{ cron: "* * * * *" }] }, async ({ step }: { step: { run: (id: string, fn: () => Promise<unknown>) => Promise<unknown> } }) =>
    step.run("deliver", () => deliverDueWebhooks({ limit: 100 })),
  );
}

export function inngestFunctions(): InngestFunction.Any[] {
  return [...jobDefinitions().map((d) => toInngestFunction(d as JobDefinition<unknown>)), webhookSweep()] as unknown as InngestFunction.Any[];
}
