/** Periodic housekeeping in the server process; each task is filled in by its module. */
const tasks: { name: string; everyMs: number; run: () => Promise<unknown> }[] = [];

export function startBackgroundTimers() {
  for (const task of tasks) {
    const timer = setInterval(() => {
      task.run().catch((error: Error) => console.error(`[${task.name}] ${error.message}`));
    }, task.everyMs);
    timer.unref();
  }
}
