import { BlockList, isIP } from "node:net";

// Where a server-side request for a user URL may go (SSRF).
// - forbidden: never, not even in local mode — unspecified (0.0.0.0 reaches localhost on Linux),
//   link-local (cloud metadata at 169.254.169.254 and fd00:ec2::254), multicast, broadcast/reserved.
// - private: only when private URLs are allowed (local mode, tests, TALKSMITH_ALLOW_PRIVATE_URLS=1) —
//   loopback, RFC 1918, CGNAT, unique-local IPv6, documentation and benchmark ranges.
// IPv6 forms that embed an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by that address.
export type AddressClass = "public" | "private" | "forbidden";

function list(v4: [string, number][], v6: [string, number][]) {
  const blocks = new BlockList();
  for (const [net, prefix] of v4) blocks.addSubnet(net, prefix, "ipv4");
  for (const [net, prefix] of v6) blocks.addSubnet(net, prefix, "ipv6");
  return blocks;
}

const forbidden = list(
  [
    ["0.0.0.0", 8],
    ["169.254.0.0", 16],
    ["224.0.0.0", 4],
    ["240.0.0.0", 4],
  ],
  [
    ["::", 128],
    ["fe80::", 10],
    ["ff00::", 8],
    ["fd00:ec2::254", 128],
  ],
);

const privateRanges = list(
  [
    ["10.0.0.0", 8],
    ["100.64.0.0", 10],
    ["127.0.0.0", 8],
    ["172.16.0.0", 12],
    ["192.0.0.0", 24],
    ["192.0.2.0", 24],
    ["192.168.0.0", 16],
    ["198.18.0.0", 15],
    ["198.51.100.0", 24],
    ["203.0.113.0", 24],
  ],
  [
    ["::1", 128],
    ["fc00::", 7],
    ["100::", 64],
    ["2001::", 23],
    ["2001:db8::", 32],
  ],
);

/** The eight 16-bit groups of an IPv6 address (zone id dropped), or null. */
function ipv6Groups(address: string): number[] | null {
  let ip = address.replace(/%.*$/, "");
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
  if (dotted) {
    if (isIP(dotted[1]) !== 4) return null;
    const [a, b, c, d] = dotted[1].split(".").map(Number);
    ip = ip.slice(0, -dotted[1].length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = ip.split("::");
  if (halves.length > 2) return null;
  const parse = (s: string) => (s ? s.split(":").map((g) => parseInt(g, 16)) : []);
  const head = parse(halves[0]);
  const tail = halves.length === 2 ? parse(halves[1]) : [];
  const groups = halves.length === 2 ? [...head, ...Array<number>(8 - head.length - tail.length).fill(0), ...tail] : head;
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

const v4From = (hi: number, lo: number) => [hi >> 8, hi & 255, lo >> 8, lo & 255].join(".");

function embeddedIPv4(g: number[]): string | null {
  const zeros = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  if (zeros(0, 5) && g[5] === 0xffff) return v4From(g[6], g[7]); // ::ffff:a.b.c.d (mapped)
  if (zeros(0, 6) && (g[6] !== 0 || g[7] > 1)) return v4From(g[6], g[7]); // ::a.b.c.d (compatible)
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return v4From(g[6], g[7]); // NAT64
  if (g[0] === 0x2002) return v4From(g[1], g[2]); // 6to4
  return null;
}

export function classifyAddress(address: string): AddressClass {
  const family = isIP(address.replace(/%.*$/, ""));
  if (family === 4) return forbidden.check(address, "ipv4") ? "forbidden" : privateRanges.check(address, "ipv4") ? "private" : "public";
  if (family !== 6) return "forbidden";
  const groups = ipv6Groups(address);
  if (!groups) return "forbidden";
  const v4 = embeddedIPv4(groups);
  if (v4) return classifyAddress(v4);
  const normalized = groups.map((x) => x.toString(16)).join(":");
  return forbidden.check(normalized, "ipv6") ? "forbidden" : privateRanges.check(normalized, "ipv6") ? "private" : "public";
}

/** True when a request may not connect to this address under the given policy. */
export function isBlockedAddress(address: string, allowPrivate = false): boolean {
  const kind = classifyAddress(address);
  return kind === "forbidden" || (kind === "private" && !allowPrivate);
}
