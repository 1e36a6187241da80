import { randomBytes } from "node:crypto";

/** req_ + 20 hex chars; an incoming X-Request-Id of a safe shape is kept so callers can trace. */
export function requestIdFor(req: Request): string {
  const incoming = req.headers.get("x-request-id");
  if (incoming && /^[A-Za-z0-9_.:-]{8,64}$/.test(incoming)) return incoming;
  return `req_${randomBytes(10).toString("hex")}`;
}
