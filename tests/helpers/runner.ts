import { createLocalRunner, type LocalRunner } from "@/inngest/local/runner";
import { replaceLocalRunner } from "@/inngest/local/instance";
import { jobDefinitions } from "@/inngest/jobs";
import type { JobDefinition } from "@/inngest/define-job";

/** A local runner for a test file, registered as the process runner so sendEvent wakes it. */
export function startTestRunner(definitions: () => JobDefinition<never>[] = jobDefinitions): LocalRunner {
  const runner = createLocalRunner({ definitions, concurrency: 4, pollMs: 50, backoffMs: () => 50, log: process.env.TEST_JOB_LOG ? undefined : () => {} });
  replaceLocalRunner(runner);
  runner.start();
  return runner;
}

/** Wraps definitions so each step's work (not its replay) is counted by step id. */
export function countingDefinitions(counts: Record<string, number>, hangAfter?: { steps: number }) {
  let executed = 0;
  return () =>
    jobDefinitions().map((def) => ({
      ...def,
      handler: (data: never, io: Parameters<typeof def.handler>[1]) =>
        def.handler(data, {
          step: (id, fn) =>
            io.step(id, async () => {
              if (hangAfter && executed >= hangAfter.steps) await new Promise(() => {}); // the process "dies" here
              executed++;
              counts[id] = (counts[id] ?? 0) + 1;
              return fn();
            }),
        }),
    })) as JobDefinition<never>[];
}
