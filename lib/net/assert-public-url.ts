import { UnsafeUrlError } from "./errors";
import { resolveCheckedHost, type Resolver } from "./resolve-host";

export { UnsafeUrlError } from "./errors";

export interface UrlPolicy {
  /** Private and loopback targets allowed (local mode, tests, TALKSMITH_ALLOW_PRIVATE_URLS=1). */
  allowPrivate: boolean;
  /** https only — relaxed when allowPrivate, so local receivers on http://127.0.0.1 work. */
  requireHttps?: boolean;
  resolve?: Resolver;
}

/**
 * Refuses (UnsafeUrlError) URLs that are not http(s), carry credentials, or resolve to any
 * address a server must not call. Use it to validate input early with a clear message; safeFetch
 * checks again at connect time, so a URL that passed here cannot be rebound later.
 */
export async function assertPublicUrl(raw: string, policy: UrlPolicy): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UnsafeUrlError("The URL is not valid.", "invalid");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new UnsafeUrlError("Only http and https URLs are allowed.", "scheme");
  if (policy.requireHttps && url.protocol !== "https:" && !policy.allowPrivate) throw new UnsafeUrlError("The URL must use https.", "https_required");
  if (url.username || url.password) throw new UnsafeUrlError("URLs with credentials are not allowed.", "credentials");
  // The WHATWG parser has already turned decimal, octal and hex IPv4 forms (2130706433, 0177.0.0.1,
  // 0x7f.1) into dotted quads, so the address checks below see the real target.
  await resolveCheckedHost(url.hostname, policy.allowPrivate, policy.resolve);
  return url;
}
