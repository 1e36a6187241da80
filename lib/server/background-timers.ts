import { config } from "@/lib/config";
import { deliverDueWebhooks } from "@/lib/webhooks/deliver-due-webhooks";

/** Periodic work in the embedded server process (on Inngest, cron functions do this). */
const tasks: { name: string; everyMs: number; run: () => Promise<unknown> }[] = [{ name: "webhooks", everyMs: 1000, run: () => deliverDueWebhooks() }];

export function startBackgroundTimers() {
  if (config.inngest) return;
  for (const task of tasks) {
    let busy = false;
    const timer = setInterval(() => {
      if (busy) return;
      busy = true;
      task
        .run()
        .catch((error: Error) => console.error(`[${task.name}] ${error.message}`))
        .finally(() => (busy = false));
    }, task.everyMs);
    timer.unref();
  }
}
