import { createServer } from "node:http";
import { describe, expect, it } from "vitest";
import { assertPublicUrl, UnsafeUrlError } from "@/lib/net/assert-public-url";
import { safeFetch } from "@/lib/net/safe-fetch";
import { isBlockedAddress } from "@/lib/net/address-policy";

describe("SSRF guard", () => {
  it.each([
    "http://127.0.0.1/",
    "http://localhost/",
    "http://10.0.0.5/",
    "http://172.20.1.1/",
    "http://192.168.1.1/",
    "http://169.254.169.254/latest/meta-data/",
    "http://100.64.0.1/",
    "http://0.0.0.0/",
    "http://[::1]/",
    "http://[fd00::1]/",
    "http://[fe80::1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://2130706433/",
    "http://0x7f.0.0.1/",
    "http://0177.0.0.1/",
    "file:///etc/passwd",
    "gopher://example.com/",
    "http://user:pass@example.com/",
  ])("refuses %s", async (url) => {
    await expect(assertPublicUrl(url, { allowPrivate: false })).rejects.toBeInstanceOf(UnsafeUrlError);
  });

  it("allows public addresses, and loopback only when private URLs are allowed", async () => {
    await expect(assertPublicUrl("http://93.184.216.34/x", { allowPrivate: false })).resolves.toBeInstanceOf(URL);
    await expect(assertPublicUrl("http://127.0.0.1:3000/x", { allowPrivate: true })).resolves.toBeInstanceOf(URL);
    await expect(assertPublicUrl("http://93.184.216.34/x", { allowPrivate: false, requireHttps: true })).rejects.toBeInstanceOf(UnsafeUrlError);
    expect(isBlockedAddress("8.8.8.8")).toBe(false);
    expect(isBlockedAddress("::ffff:7f00:1")).toBe(true);
  });

  it("re-checks redirects, caps redirects and size", async () => {
    let hits = 0;
    const server = createServer((req, res) => {
      hits++;
      if (req.url === "/to-metadata") return res.writeHead(302, { Location: "http://169.254.169.254/" }).end();
      if (req.url === "/loop") return res.writeHead(302, { Location: "/loop" }).end();
      if (req.url === "/big") return res.writeHead(200).end(Buffer.alloc(200_000));
      res.writeHead(200).end("ok");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      // Allowed to reach loopback (local mode), but the redirect target is checked on its own.
      await expect(safeFetch(`${base}/loop`, { allowPrivate: true, maxRedirects: 3 })).rejects.toThrow(/redirects/);
      const big = await safeFetch(`${base}/big`, { allowPrivate: true, maxBytes: 1000 });
      await expect(big.arrayBuffer()).rejects.toThrow();
      await expect(safeFetch(`${base}/`, { allowPrivate: false })).rejects.toBeInstanceOf(UnsafeUrlError);
      expect(await (await safeFetch(`${base}/`, { allowPrivate: true })).text()).toBe("ok");
      void hits;
    } finally {
      server.close();
    }
  });
});
