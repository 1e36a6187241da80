import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { isBlockedAddress } from "./address-policy";

export class UnsafeUrlError extends Error {}

export interface UrlPolicy {
  /** Private and loopback targets allowed (local mode, tests, TALKSMITH_ALLOW_PRIVATE_URLS=1). */
  allowPrivate: boolean;
  requireHttps?: boolean;
}

/** Refuses URLs that are not http(s) or resolve to any address a server must not call. */
export async function assertPublicUrl(raw: string, policy: UrlPolicy): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UnsafeUrlError("The URL is not valid.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new UnsafeUrlError("Only http and https URLs are allowed.");
  if (policy.requireHttps && url.protocol !== "https:" && !policy.allowPrivate) throw new UnsafeUrlError("The URL must use https.");
  if (url.username || url.password) throw new UnsafeUrlError("URLs with credentials are not allowed.");
  if (policy.allowPrivate) return url;
  // WHATWG URL parsing already turns decimal, octal and hex IPv4 forms into dotted quads.
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true, verbatim: true }).catch(() => [])).map((a) => a.address);
  if (!addresses.length) throw new UnsafeUrlError(`The host ${host} could not be resolved.`);
  const bad = addresses.find(isBlockedAddress);
  if (bad) throw new UnsafeUrlError(`The URL points to a private or reserved address (${bad}), which is not allowed.`);
  return url;
}
