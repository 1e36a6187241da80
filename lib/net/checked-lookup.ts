import type { LookupAddress, LookupOptions } from "node:dns";
import type { LookupFunction } from "node:net";
import { resolveCheckedHost, type Resolver } from "./resolve-host";

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for net/tls connections that resolves once, refuses the host if any address is
 * off-limits, and hands the socket exactly those checked addresses: the connection is pinned to
 * what was checked, so a DNS answer that changes between check and connect (rebinding) is moot.
 */
export function createCheckedLookup(allowPrivate: boolean, resolve?: Resolver): LookupFunction {
  return (hostname: string, options: LookupOptions, callback: LookupCallback) => {
    resolveCheckedHost(hostname, allowPrivate, resolve).then(
      (addresses) => {
        const wanted = options.family === 4 || options.family === "IPv4" ? 4 : options.family === 6 || options.family === "IPv6" ? 6 : 0;
        const usable = wanted ? addresses.filter((a) => a.family === wanted) : addresses;
        if (!usable.length) return callback(Object.assign(new Error(`${hostname} has no IPv${wanted} address`), { code: "ENOTFOUND" }), "", 0);
        if (options.all) callback(null, usable);
        else callback(null, usable[0].address, usable[0].family);
      },
      (error: NodeJS.ErrnoException) => callback(error, "", 0),
    );
  };
}
