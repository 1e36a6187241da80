import { createHmac } from "node:crypto";

/** `t=<unix>,v1=<hex HMAC-SHA256 of "t.body">`, one v1 per active secret (two during a rotation). */
export function signPayload(body: string, secrets: string[], t = Math.floor(Date.now() / 1000)): string {
  return [`t=${t}`, ...secrets.map((secret) => `v1=${createHmac("sha256", secret).update(`${t}.${body}`).digest("hex")}`)].join(",");
}
