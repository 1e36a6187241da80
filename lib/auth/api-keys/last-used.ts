import { db } from "@/lib/db";

// lastUsedAt is tracked without a write per request: uses are collected in memory and
// flushed at most every FLUSH_MS, one UPDATE per key.
const FLUSH_MS = 15_000;
const pending = new Map<string, number>();
let timer: NodeJS.Timeout | null = null;

export function noteKeyUsed(keyId: string, at: number) {
  pending.set(keyId, at);
  timer ??= setTimeout(() => void flushKeyUsage(), FLUSH_MS).unref();
}

export async function flushKeyUsage() {
  timer = null;
  const batch = [...pending];
  pending.clear();
  for (const [id, at] of batch) {
    await db.apiKey.updateMany({ where: { id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(at) } }] }, data: { lastUsedAt: new Date(at) } }).catch(() => {});
  }
}
