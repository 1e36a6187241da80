// PGlite has no inter-process lock, and two processes on one data folder corrupt it.
// The process that opens the embedded database holds this lock until it exits.
import { closeSync, openSync, readFileSync, rmSync, writeSync, mkdirSync } from "node:fs";
import path from "node:path";

export class DataDirLockedError extends Error {
  constructor(readonly dir: string, readonly pid: number) {
    super(
      `The embedded database in ${dir} is in use by process ${pid} (probably the running Talksmith server). ` +
        `Stop it first, or go through its API (the talksmith CLI does this automatically).`,
    );
  }
}

const held = new Set<string>();

function alive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function lockHolder(dir: string): number | null {
  try {
    const pid = Number(readFileSync(path.join(dir, "talksmith.lock"), "utf8").trim());
    return pid && pid !== process.pid && alive(pid) ? pid : null;
  } catch {
    return null;
  }
}

export function acquireDataDirLock(dir: string) {
  const file = path.join(dir, "talksmith.lock");
  if (held.has(file)) return;
  mkdirSync(dir, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx", 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      held.add(file);
      process.once("exit", () => releaseDataDirLock(dir));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const pid = lockHolder(dir);
      if (pid) throw new DataDirLockedError(dir, pid);
      rmSync(file, { force: true }); // stale: its process is gone
    }
  }
  throw new Error(`Could not lock ${dir}`);
}

export function releaseDataDirLock(dir: string) {
  const file = path.join(dir, "talksmith.lock");
  if (!held.delete(file)) return;
  try {
    if (Number(readFileSync(file, "utf8")) === process.pid) rmSync(file, { force: true });
  } catch {
    // already gone
  }
}
