// Render threads for PDF, Word and PNG files. pdfkit, docx and satori are synchronous and
// allocate freely: on the server thread, an export of hundreds of documents stalls every other
// request and lets V8 grow the heap by a couple of hundred megabytes of garbage. A worker
// thread with a bounded heap collects that garbage early, and the server thread only waits for
// bytes. A thread that dies (out of memory, a crash) is replaced; the files it was drawing are
// then drawn on the calling thread, so a download never fails for the pool's sake.
import { Worker } from "node:worker_threads";
import { config } from "@/lib/config";
import type { AssetFile, AssetFileRequest } from "./render-asset-file";
import type { RenderMessage, RenderReply } from "./render-worker";

/** Room for a document of a few hundred pages; small enough that V8 collects eagerly. */
const resourceLimits = { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 16 };
/** An idle thread is let go; the next file starts a new one (about 0.3 s). */
const IDLE_MS = 60_000;
/** After this many deaths in a row the pool stops trying, and files are drawn in place. */
const MAX_CRASHES = 3;

class ThreadGone extends Error {}

interface Pending {
  resolve: (file: AssetFile) => void;
  reject: (error: Error) => void;
}

export interface RenderThread {
  worker: Worker;
  pending: Map<number, Pending>;
  stopping: boolean;
  idle?: NodeJS.Timeout;
}

const pool: RenderThread[] = [];
let nextId = 1;
let crashes = 0;

function startWorker(): Worker {
  // Next sets NEXT_RUNTIME in the server it bundled; anywhere else (Vitest, tsx scripts) this
  // module runs from source, and the TypeScript entry is loaded through tsx.
  if (!process.env.NEXT_RUNTIME) {
    const entry = import.meta.url.replace(/render-pool\.ts$/, "render-worker.ts");
    const boot = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
    return new Worker(boot, { eval: true, resourceLimits });
  }
  // Bundled by Next: the bundler compiles the entry into a chunk of its own.
  return new Worker(new URL("./render-worker.ts", import.meta.url), { resourceLimits });
}

function retire(thread: RenderThread, reason: string) {
  const at = pool.indexOf(thread);
  if (at >= 0) pool.splice(at, 1);
  clearTimeout(thread.idle);
  for (const { reject } of thread.pending.values()) reject(new ThreadGone(reason));
  thread.pending.clear();
}

async function stop(thread: RenderThread) {
  thread.stopping = true;
  retire(thread, "stopped");
  await thread.worker.terminate();
}

function settle(thread: RenderThread, reply: RenderReply) {
  const waiting = thread.pending.get(reply.id);
  if (!waiting) return;
  thread.pending.delete(reply.id);
  crashes = 0;
  if (reply.ok) waiting.resolve({ body: Buffer.from(reply.body.buffer, reply.body.byteOffset, reply.body.byteLength), contentType: reply.contentType, extension: reply.extension });
  else waiting.reject(Object.assign(new Error(reply.message), { name: reply.name }));
  idleWhenDone(thread);
}

function idleWhenDone(thread: RenderThread) {
  if (thread.pending.size === 0 && !thread.stopping) thread.idle = setTimeout(() => void stop(thread), IDLE_MS).unref();
}

function spawn(): RenderThread {
  const thread: RenderThread = { worker: startWorker(), pending: new Map(), stopping: false };
  let failure = "";
  thread.worker.unref();
  thread.worker.on("message", (reply: RenderReply) => settle(thread, reply));
  thread.worker.on("error", (error: Error) => (failure = error.message));
  thread.worker.on("exit", (code) => {
    if (thread.stopping) return;
    crashes += 1;
    console.warn(`[render] a render thread died (${failure || `exit code ${code}`}); its files are drawn on the server thread`);
    retire(thread, failure || `exit code ${code}`);
  });
  pool.push(thread);
  return thread;
}

/** The least busy thread; a new one while the pool has room and every thread is busy. */
function pick(): RenderThread {
  const least = pool.reduce<RenderThread | undefined>((best, t) => (!best || t.pending.size < best.pending.size ? t : best), undefined);
  return least && (least.pending.size === 0 || pool.length >= config.renderThreads) ? least : spawn();
}

/** The renderers load on this thread only when a file has to be drawn here. */
async function renderHere(request: AssetFileRequest): Promise<AssetFile> {
  const { renderAssetFile } = await import("./render-asset-file");
  return renderAssetFile(request);
}

/** Draws one asset file on a render thread (or here, when threads are off or keep dying). */
export async function renderInWorker(request: AssetFileRequest): Promise<AssetFile> {
  if (config.renderThreads === 0 || crashes >= MAX_CRASHES) return renderHere(request);
  const thread = pick();
  clearTimeout(thread.idle);
  const id = nextId++;
  try {
    return await new Promise<AssetFile>((resolve, reject) => {
      thread.pending.set(id, { resolve, reject });
      thread.worker.postMessage({ id, request } satisfies RenderMessage);
    });
  } catch (error) {
    if (error instanceof ThreadGone) return renderHere(request);
    // The request could not be sent (DataCloneError): the thread is fine, the input is not.
    thread.pending.delete(id);
    idleWhenDone(thread);
    throw error;
  }
}

/** The live render threads (tests look at them). */
export function renderThreads(): readonly RenderThread[] {
  return pool;
}

/** Ends every render thread. */
export async function stopRenderThreads(): Promise<void> {
  await Promise.all([...pool].map(stop));
}
