// Idempotency-Key on every POST: the first response (status + body) is stored for 24 h and
// replayed for a retry with the same key and body; a different body is 409
// idempotency_conflict; a concurrent duplicate waits for the first and replays it.
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { ApiError } from "./errors";

const TTL_MS = 24 * 3600 * 1000;
const WAIT_MS = 30_000;

export interface StoredResponse {
  status: number;
  body: string;
  contentType: string | null;
}

export type IdempotencyClaim = { kind: "claimed"; id: string } | { kind: "replay"; response: StoredResponse };

export const requestFingerprint = (method: string, path: string, body: string) => createHash("sha256").update(`${method}\n${path}\n`).update(body).digest("hex");

function isUniqueViolation(error: unknown) {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

export async function claimIdempotencyKey(scope: string, key: string, fingerprint: string): Promise<IdempotencyClaim> {
  if (key.length > 255) throw new ApiError("invalid_request", "Idempotency-Key must be at most 255 characters", { param: "Idempotency-Key" });
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      const row = await db.idempotencyRecord.create({ data: { scope, key, requestHash: fingerprint, expiresAt: new Date(Date.now() + TTL_MS) } });
      return { kind: "claimed", id: row.id };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    const existing = await db.idempotencyRecord.findUnique({ where: { scope_key: { scope, key } } });
    if (!existing) continue;
    if (existing.expiresAt.getTime() < Date.now()) {
      await db.idempotencyRecord.deleteMany({ where: { id: existing.id } });
      continue;
    }
    if (existing.requestHash !== fingerprint) {
      throw new ApiError("idempotency_conflict", "This Idempotency-Key was already used with a different request body. Use a new key for a new request.", { param: "Idempotency-Key" });
    }
    if (existing.state === "done" && existing.statusCode !== null) {
      return { kind: "replay", response: { status: existing.statusCode, body: existing.responseBody ?? "", contentType: existing.contentType } };
    }
    if (Date.now() > deadline) throw new ApiError("idempotency_conflict", "A request with this Idempotency-Key is still being processed; retry later.", { param: "Idempotency-Key" });
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Stores the outcome; a 5xx releases the key so a retry runs again. */
export async function settleIdempotencyKey(id: string, response: StoredResponse) {
  if (response.status >= 500) {
    await db.idempotencyRecord.deleteMany({ where: { id } });
    return;
  }
  await db.idempotencyRecord.update({ where: { id }, data: { state: "done", statusCode: response.status, responseBody: response.body, contentType: response.contentType } });
}

export async function releaseIdempotencyKey(id: string) {
  await db.idempotencyRecord.deleteMany({ where: { id } });
}
