// A background job is data: an id, the event that triggers it (with its zod schema), and a
// handler that does its work through named, durable steps. The same definition runs on
// Inngest (step.run) or in-process on the local runner (steps stored in JobRunStep).
import type { z } from "zod";

export interface JobIO {
  /** Runs fn once per run: a finished step's JSON result is replayed on retry or restart. */
  step<T>(id: string, fn: () => Promise<T>): Promise<T>;
}

export interface JobDefinition<T = unknown> {
  id: string;
  name: string;
  trigger: { event: string; schema: z.ZodType<T> };
  retries: number;
  /** At most `limit` runs at once per value of data[key] (e.g. per workspace). */
  concurrency?: { key: string; limit: number };
  handler(data: T, io: JobIO): Promise<unknown>;
  /** Called once when every retry is exhausted (or the error is not retriable). */
  onFailure?(data: T, error: Error): Promise<void>;
}

/** Thrown by a step to fail the run at once, without retries. */
export class NonRetriableError extends Error {
  constructor(message: string, readonly code = "failed") {
    super(message);
  }
}

export const defineJob = <T>(definition: JobDefinition<T>) => definition;
