import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { classifyAddress } from "./address-policy";
import { UnsafeUrlError } from "./errors";

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

const systemResolver: Resolver = async (hostname) => (await lookup(hostname, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));

/**
 * Resolves a host to every address it has and refuses it when any of them is off-limits — a
 * name with one public and one private address could otherwise be steered to the private one.
 * The returned list is what a connection may use (see createCheckedLookup: connect to these, not
 * to a second resolution, so DNS rebinding cannot swap the address after the check).
 */
export async function resolveCheckedHost(hostname: string, allowPrivate: boolean, resolve: Resolver = systemResolver): Promise<ResolvedAddress[]> {
  const host = hostname.replace(/^\[|\]$/g, "");
  const literal = isIP(host);
  let addresses: ResolvedAddress[];
  if (literal) addresses = [{ address: host, family: literal === 6 ? 6 : 4 }];
  else {
    try {
      addresses = await resolve(host);
    } catch (error) {
      throw new UnsafeUrlError(`The host ${host} could not be resolved (${(error as NodeJS.ErrnoException).code ?? "DNS error"}).`, "unresolvable");
    }
  }
  if (!addresses.length) throw new UnsafeUrlError(`The host ${host} could not be resolved.`, "unresolvable");
  for (const { address } of addresses) {
    const kind = classifyAddress(address);
    if (kind === "forbidden") throw new UnsafeUrlError(`The URL points to a reserved or link-local address (${address}), which is never allowed.`, "forbidden_address");
    if (kind === "private" && !allowPrivate) throw new UnsafeUrlError(`The URL points to a private or loopback address (${address}), which is not allowed here.`, "private_address");
  }
  return addresses;
}
