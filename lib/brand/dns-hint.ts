import { isIP } from "node:net";
import { config } from "@/lib/config";

/**
 * What a customer sets in their DNS so their custom host reaches this deployment:
 * - TALKSMITH_CNAME_TARGET when the operator names one (e.g. a load balancer's host name);
 * - otherwise `cname.<host of TALKSMITH_PUBLIC_URL>`, the name operators are expected to point
 *   at the deployment (a CNAME needs a name, so it cannot be the bare public host when that
 *   host is the apex the customer would also alias);
 * - a public URL on an IP address cannot be a CNAME target, so the hint is an A/AAAA record.
 */
export function dnsHint(customHost: string | null): string | null {
  if (!customHost) return null;
  const target = process.env.TALKSMITH_CNAME_TARGET?.trim();
  if (target) return `CNAME ${customHost} → ${target}`;
  const host = new URL(config.publicUrl).hostname.replace(/^\[|\]$/g, "");
  const ipVersion = isIP(host);
  if (ipVersion) return `${ipVersion === 6 ? "AAAA" : "A"} ${customHost} → ${host}`;
  return `CNAME ${customHost} → cname.${host}`;
}
