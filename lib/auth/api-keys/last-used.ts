import { db } from "@/lib/db";
import { recordUsage } from "@/lib/usage/record-usage";

// lastUsedAt is tracked without a write per request: uses are collected in memory and
// flushed at most every FLUSH_MS, one UPDATE per key.
const FLUSH_MS = 15_000;
const pending = new Map<string, number>();
const calls = new Map<string, number>();
let timer: NodeJS.Timeout | null = null;

/** Also counts the workspace's API calls, metered as one usage record per flush. */
export function noteKeyUsed(keyId: string, at: number, workspaceId?: string) {
  pending.set(keyId, at);
  if (workspaceId) calls.set(workspaceId, (calls.get(workspaceId) ?? 0) + 1);
  timer ??= setTimeout(() => void flushKeyUsage(), FLUSH_MS).unref();
}

export async function flushKeyUsage() {
  timer = null;
  const batch = [...pending];
  pending.clear();
  const counted = [...calls];
  calls.clear();
  for (const [workspaceId, n] of counted) await db.$transaction((tx) => recordUsage(tx, workspaceId, "api_calls", n)).catch(() => {});
  for (const [id, at] of batch) {
    await db.apiKey.updateMany({ where: { id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(at) } }] }, data: { lastUsedAt: new Date(at) } }).catch(() => {});
  }
}
