// The embedded runner: the same job definitions, run in-process and durably. A run and each
// finished step are rows (JobRun, JobRunStep), so a restarted server resumes an unfinished
// run where it stopped, replaying finished steps instead of redoing them.
import os from "node:os";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NonRetriableError, type JobDefinition, type JobIO } from "../define-job";

const LEASE_MS = 30_000;
const POLL_MS = 500;

export interface LocalRunnerOptions {
  definitions: () => JobDefinition<never>[];
  /** How many runs at once in this process. */
  concurrency?: number;
  pollMs?: number;
  backoffMs?: (attempt: number) => number;
  log?: (message: string) => void;
}

export interface LocalRunner {
  start(): void;
  stop(): Promise<void>;
  wake(): void;
  /** Resolves when nothing is queued or running (tests, scripts). */
  drain(timeoutMs?: number): Promise<void>;
}

const defaultBackoff = (attempt: number) => Math.min(60_000, 1000 * 4 ** (attempt - 1)) + Math.floor(Math.random() * 250);

export function createLocalRunner(options: LocalRunnerOptions): LocalRunner {
  const concurrency = options.concurrency ?? Math.max(2, os.availableParallelism());
  const backoff = options.backoffMs ?? defaultBackoff;
  const log = options.log ?? ((m: string) => console.log(`[jobs] ${m}`));
  const active = new Map<string, { functionId: string; key: string | null; promise: Promise<void> }>();
  let timer: NodeJS.Timeout | null = null;
  let running = false;
  let ticking = false;
  let again = false;

  const defFor = (id: string) => options.definitions().find((d) => d.id === id);

  function concurrencyKey(def: JobDefinition<never>, payload: unknown) {
    if (!def.concurrency) return null;
    return `${def.id}:${String((payload as Record<string, unknown>)?.[def.concurrency.key])}`;
  }

  async function claimNext(): Promise<boolean> {
    const now = new Date();
    const candidates = await db.jobRun.findMany({
      where: { OR: [{ status: "queued", runAfter: { lte: now } }, { status: "running", lockedUntil: { lt: now } }] },
      orderBy: { createdAt: "asc" },
      take: 20,
    });
    for (const run of candidates) {
      if (active.has(run.id)) continue;
      const def = defFor(run.functionId);
      if (!def) continue;
      const key = concurrencyKey(def, run.payload);
      if (key && def.concurrency && [...active.values()].filter((a) => a.key === key).length >= def.concurrency.limit) continue;
      const claimed = await db.jobRun.updateMany({
        where: { id: run.id, updatedAt: run.updatedAt, status: run.status },
        data: { status: "running", lockedUntil: new Date(Date.now() + LEASE_MS), attempts: { increment: 1 } },
      });
      if (claimed.count !== 1) continue;
      const promise = execute(run.id, def, run.payload, run.attempts + 1).finally(() => {
        active.delete(run.id);
        wake();
      });
      active.set(run.id, { functionId: def.id, key, promise });
      return true;
    }
    return false;
  }

  async function execute(runId: string, def: JobDefinition<never>, payload: unknown, attempt: number) {
    const heartbeat = setInterval(() => {
      void db.jobRun.update({ where: { id: runId }, data: { lockedUntil: new Date(Date.now() + LEASE_MS) } }).catch(() => {});
    }, LEASE_MS / 3);
    heartbeat.unref();
    const done = new Map<string, unknown>((await db.jobRunStep.findMany({ where: { runId } })).map((s) => [s.stepId, s.output]));
    const io: JobIO = {
      async step<T>(id: string, fn: () => Promise<T>): Promise<T> {
        if (done.has(id)) return done.get(id) as T;
        const result = await fn();
        const output = (result === undefined ? null : JSON.parse(JSON.stringify(result))) as Prisma.InputJsonValue;
        await db.jobRunStep.upsert({ where: { runId_stepId: { runId, stepId: id } }, update: {}, create: { runId, stepId: id, output } });
        done.set(id, output);
        return output as T;
      },
    };
    let data: never;
    try {
      data = def.trigger.schema.parse(payload) as never;
    } catch (error) {
      clearInterval(heartbeat);
      await db.jobRun.update({ where: { id: runId }, data: { status: "failed", error: `Invalid payload: ${(error as Error).message}`, lockedUntil: null } });
      return;
    }
    try {
      await def.handler(data, io);
      await db.jobRun.update({ where: { id: runId }, data: { status: "completed", error: null, lockedUntil: null } });
    } catch (error) {
      const err = error instanceof Error ? error : new Error(String(error));
      const final = err instanceof NonRetriableError || attempt > def.retries;
      log(`${def.id} run ${runId} attempt ${attempt} failed${final ? " (final)" : ""}: ${err.message}`);
      if (final) {
        await db.jobRun.update({ where: { id: runId }, data: { status: "failed", error: err.message.slice(0, 2000), lockedUntil: null } });
        await def.onFailure?.(data, err).catch((e: Error) => log(`${def.id} onFailure failed: ${e.message}`));
      } else {
        await db.jobRun.update({ where: { id: runId }, data: { status: "queued", error: err.message.slice(0, 2000), lockedUntil: null, runAfter: new Date(Date.now() + backoff(attempt)) } });
      }
    } finally {
      clearInterval(heartbeat);
    }
  }

  async function tick() {
    if (!running) return;
    if (ticking) {
      again = true;
      return;
    }
    ticking = true;
    try {
      do {
        again = false;
        while (running && active.size < concurrency && (await claimNext()));
      } while (again && running);
    } catch (error) {
      log(`runner tick failed: ${(error as Error).message}`);
    } finally {
      ticking = false;
    }
  }

  function wake() {
    if (running) setTimeout(() => void tick(), 5);
  }

  return {
    start() {
      if (running) return;
      running = true;
      timer = setInterval(() => void tick(), options.pollMs ?? POLL_MS);
      timer.unref();
      wake();
    },
    async stop() {
      running = false;
      if (timer) clearInterval(timer);
      await Promise.allSettled([...active.values()].map((a) => a.promise));
    },
    wake,
    async drain(timeoutMs = 120_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        await tick();
        const pending = await db.jobRun.count({ where: { status: { in: ["queued", "running"] }, runAfter: { lte: new Date(Date.now() + 60_000) } } });
        if (pending === 0 && active.size === 0) return;
        if (Date.now() > deadline) throw new Error(`Jobs did not drain in ${timeoutMs} ms (${pending} pending)`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}
