import { createServer, type Server } from "node:http";
import type { LookupAddress } from "node:dns";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertPublicUrl } from "@/lib/net/assert-public-url";
import { classifyAddress, isBlockedAddress } from "@/lib/net/address-policy";
import { createCheckedLookup } from "@/lib/net/checked-lookup";
import { FetchFailedError, FetchTimeoutError, ResponseTooLargeError, TooManyRedirectsError, UnsafeUrlError } from "@/lib/net/errors";
import { netErrorToApiError } from "@/lib/net/net-error-to-api-error";
import { safeFetch } from "@/lib/net/safe-fetch";
import { ApiError } from "@/lib/api/errors";

const refused = (url: string, allowPrivate = false) => expect(assertPublicUrl(url, { allowPrivate })).rejects.toBeInstanceOf(UnsafeUrlError);

describe("assertPublicUrl refuses what a server must not call", () => {
  it.each([
    "http://127.0.0.1/",
    "http://127.255.0.9/",
    "http://localhost/",
    "http://10.0.0.5/",
    "http://172.20.1.1/",
    "http://192.168.1.1/",
    "http://100.64.0.1/",
    "http://[::1]/",
    "http://[fd00::1]/",
    "http://[fc12:3456::1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:7f00:1]/",
    "http://[0:0:0:0:0:ffff:10.0.0.1]/",
    "http://[::127.0.0.1]/",
    "http://[64:ff9b::10.0.0.1]/",
    "http://[2002:c0a8:101::1]/",
    "http://2130706433/",
    "http://3232235777/",
    "http://0x7f000001/",
    "http://0x7f.1/",
    "http://0177.0.0.1/",
    "http://017700000001/",
    "http://127.1/",
  ])("private or loopback: %s", async (url) => refused(url));

  it.each([
    "http://169.254.169.254/latest/meta-data/",
    "http://2852039166/",
    "http://[::ffff:169.254.169.254]/",
    "http://[::ffff:a9fe:a9fe]/",
    "http://[64:ff9b::a9fe:a9fe]/",
    "http://[2002:a9fe:a9fe::]/",
    "http://[fd00:ec2::254]/",
    "http://[fe80::1]/",
    "http://0.0.0.0/",
    "http://0/",
    "http://[::]/",
    "http://224.0.0.1/",
    "http://255.255.255.255/",
  ])("link-local, metadata, unspecified or multicast even when private URLs are allowed: %s", async (url) => {
    await refused(url, false);
    await refused(url, true);
  });

  it.each(["file:///etc/passwd", "gopher://example.com/", "ftp://127.0.0.1/", "javascript:alert(1)", "http://user:pass@127.0.0.1/", "not a url", "http://no-such-host.invalid/"])(
    "not http(s), credentials, unparsable or unresolvable: %s",
    async (url) => refused(url, true),
  );

  it("allows public addresses, loopback only when private URLs are allowed, and http only when not requiring https", async () => {
    await expect(assertPublicUrl("http://93.184.216.34/x", { allowPrivate: false })).resolves.toBeInstanceOf(URL);
    await expect(assertPublicUrl("http://[2606:2800:220:1:248:1893:25c8:1946]/", { allowPrivate: false })).resolves.toBeInstanceOf(URL);
    await expect(assertPublicUrl("http://127.0.0.1:3000/x", { allowPrivate: true })).resolves.toBeInstanceOf(URL);
    await expect(assertPublicUrl("http://93.184.216.34/x", { allowPrivate: false, requireHttps: true })).rejects.toMatchObject({ reason: "https_required" });
    await expect(assertPublicUrl("http://127.0.0.1/x", { allowPrivate: true, requireHttps: true })).resolves.toBeInstanceOf(URL);
  });

  it("refuses a name when any of its addresses is private, whatever the order", async () => {
    const resolve = async () => [
      { address: "93.184.216.34", family: 4 as const },
      { address: "10.0.0.7", family: 4 as const },
    ];
    await expect(assertPublicUrl("https://mixed.example/", { allowPrivate: false, resolve })).rejects.toMatchObject({ reason: "private_address" });
    await expect(assertPublicUrl("https://public.example/", { allowPrivate: false, resolve: async () => [{ address: "93.184.216.34", family: 4 }] })).resolves.toBeInstanceOf(URL);
  });

  it("classifies addresses", () => {
    expect(classifyAddress("8.8.8.8")).toBe("public");
    expect(classifyAddress("2001:4860:4860::8888")).toBe("public");
    expect(classifyAddress("::ffff:8.8.8.8")).toBe("public");
    expect(classifyAddress("172.15.255.255")).toBe("public");
    expect(classifyAddress("172.32.0.1")).toBe("public");
    expect(classifyAddress("100.128.0.1")).toBe("public");
    expect(classifyAddress("172.31.255.255")).toBe("private");
    expect(classifyAddress("100.127.255.255")).toBe("private");
    expect(classifyAddress("169.254.169.254")).toBe("forbidden");
    expect(classifyAddress("fe80::1%eth0")).toBe("forbidden");
    expect(classifyAddress("garbage")).toBe("forbidden");
    expect(isBlockedAddress("127.0.0.1")).toBe(true);
    expect(isBlockedAddress("127.0.0.1", true)).toBe(false);
    expect(isBlockedAddress("169.254.169.254", true)).toBe(true);
  });
});

describe("the connection is pinned to the checked address", () => {
  const lookupOnce = (lookup: ReturnType<typeof createCheckedLookup>, all: boolean) =>
    new Promise<{ error: NodeJS.ErrnoException | null; address: string | LookupAddress[] }>((resolve) => lookup("rebind.example", { all }, (error, address) => resolve({ error, address })));

  it("hands the socket the addresses it checked, from one resolution, and refuses a private answer", async () => {
    const answers = [[{ address: "93.184.216.34", family: 4 as const }], [{ address: "127.0.0.1", family: 4 as const }]];
    let calls = 0;
    const lookup = createCheckedLookup(false, async () => answers[calls++]);
    expect(await lookupOnce(lookup, true)).toEqual({ error: null, address: [{ address: "93.184.216.34", family: 4 }] });
    // The next resolution (a rebinding DNS server's second answer) is checked again, not trusted.
    const second = await lookupOnce(lookup, false);
    expect(second.error).toBeInstanceOf(UnsafeUrlError);
    expect(calls).toBe(2);
  });
});

describe("safeFetch", () => {
  let server: Server;
  let base: string;
  const seen: { url: string; method: string; authorization?: string; body: string }[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      const parts: Buffer[] = [];
      req.on("data", (c: Buffer) => parts.push(c));
      req.on("end", () => {
        seen.push({ url: req.url!, method: req.method!, authorization: req.headers.authorization, body: Buffer.concat(parts).toString() });
        const redirect = (to: string, status = 302) => res.writeHead(status, { Location: to }).end();
        switch (req.url) {
          case "/to-metadata":
            return redirect("http://169.254.169.254/latest/meta-data/");
          case "/to-mapped-metadata":
            return redirect("http://[::ffff:a9fe:a9fe]/");
          case "/to-zero":
            return redirect("http://0.0.0.0:1/");
          case "/to-file":
            return redirect("file:///etc/passwd");
          case "/loop":
            return redirect("/loop");
          case "/to-ok":
            return redirect("/ok", 303);
          case "/to-localhost":
            return redirect(`http://localhost:${(server.address() as { port: number }).port}/ok`);
          case "/big":
            res.writeHead(200);
            for (let i = 0; i < 20; i++) res.write(Buffer.alloc(10_000));
            return res.end();
          case "/declared-big":
            return res.writeHead(200, { "Content-Length": "5000000" }).end();
          case "/hang":
            return;
          case "/slow-body":
            res.writeHead(200);
            res.write("start");
            return;
          default:
            res.writeHead(200, { "Content-Type": "text/plain" }).end("ok");
        }
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it("refuses loopback unless private URLs are allowed (the default is not)", async () => {
    await expect(safeFetch(`${base}/ok`)).rejects.toBeInstanceOf(UnsafeUrlError);
    await expect(safeFetch(`${base}/ok`, { allowPrivate: false })).rejects.toBeInstanceOf(UnsafeUrlError);
    const res = await safeFetch(`${base}/ok`, { allowPrivate: true });
    expect(await res.text()).toBe("ok");
  });

  it.each(["/to-metadata", "/to-mapped-metadata", "/to-zero", "/to-file"])("re-checks every redirect: %s is refused", async (path) => {
    await expect(safeFetch(`${base}${path}`, { allowPrivate: true })).rejects.toBeInstanceOf(UnsafeUrlError);
  });

  it("follows allowed redirects (303 turns a POST into a GET), caps them, and can leave them alone", async () => {
    const res = await safeFetch(`${base}/to-ok`, { allowPrivate: true, method: "POST", body: "payload" });
    expect(res.status).toBe(200);
    expect(res.url).toBe(`${base}/ok`);
    expect(seen.at(-1)).toMatchObject({ url: "/ok", method: "GET", body: "" });
    await expect(safeFetch(`${base}/loop`, { allowPrivate: true, maxRedirects: 3 })).rejects.toBeInstanceOf(TooManyRedirectsError);
    const manual = await safeFetch(`${base}/to-metadata`, { allowPrivate: true, followRedirects: false });
    expect(manual.status).toBe(302);
  });

  it("drops credentials when a redirect changes origin", async () => {
    await safeFetch(`${base}/to-localhost`, { allowPrivate: true, headers: { Authorization: "Bearer secret" } });
    expect(seen.at(-2)).toMatchObject({ url: "/to-localhost", authorization: "Bearer secret" });
    expect(seen.at(-1)).toMatchObject({ url: "/ok", authorization: undefined });
  });

  it("caps the size while streaming, and refuses a declared size over the cap up front", async () => {
    const big = await safeFetch(`${base}/big`, { allowPrivate: true, maxBytes: 50_000 });
    await expect(big.arrayBuffer()).rejects.toBeInstanceOf(ResponseTooLargeError);
    await expect(safeFetch(`${base}/declared-big`, { allowPrivate: true, maxBytes: 1000 })).rejects.toBeInstanceOf(ResponseTooLargeError);
    expect((await (await safeFetch(`${base}/big`, { allowPrivate: true, maxBytes: 200_000 })).arrayBuffer()).byteLength).toBe(200_000);
  });

  it("caps the time, headers and body alike", async () => {
    await expect(safeFetch(`${base}/hang`, { allowPrivate: true, timeoutMs: 200 })).rejects.toBeInstanceOf(FetchTimeoutError);
    const slow = await safeFetch(`${base}/slow-body`, { allowPrivate: true, timeoutMs: 300 });
    await expect(slow.text()).rejects.toBeInstanceOf(FetchTimeoutError);
  });

  it("reports a refused connection as FetchFailedError, and maps errors to the API envelope", async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as { port: number }).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const error = await safeFetch(`http://127.0.0.1:${port}/`, { allowPrivate: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchFailedError);
    expect((error as Error).message).toContain("ECONNREFUSED");
    expect(netErrorToApiError(error, "sourceUrl")).toMatchObject({ code: "upstream_error", status: 502 });
    const unsafe = await assertPublicUrl("http://10.0.0.1/", { allowPrivate: false }).catch((e: unknown) => e);
    expect(netErrorToApiError(unsafe, "sourceUrl")).toMatchObject({ code: "invalid_request", param: "sourceUrl" });
    expect(netErrorToApiError(new FetchTimeoutError(5000), "url")).toBeInstanceOf(ApiError);
    const other = new Error("x");
    expect(netErrorToApiError(other, "url")).toBe(other);
  });
});
