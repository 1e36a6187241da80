import { config } from "@/lib/config";
import { localModeBindError, requestedHost } from "./bind-guard";

/** Runs once when the Next server starts (instrumentation.ts). */
export async function startServerServices() {
  if (config.localMode) {
    const problem = localModeBindError(requestedHost());
    if (problem) {
      console.error(problem);
      process.exit(1);
    }
  }
  const { dbHandle } = await import("@/lib/db");
  dbHandle(); // takes the embedded database's lock now, not on the first request
  if (!config.inngest) {
    const { localRunner } = await import("@/inngest/local/instance");
    localRunner().start();
  }
  const { startBackgroundTimers } = await import("./background-timers");
  startBackgroundTimers();
}
