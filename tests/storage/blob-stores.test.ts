// The blob store contract, for the local disk and for S3 (against a local HTTP server that
// checks the requests an S3-compatible service would receive: path-style, signed, streamed).
import { createServer, type Server } from "node:http";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localBlobStore } from "@/lib/storage/local-store";
import { s3BlobStore } from "@/lib/storage/s3-store";
import type { BlobStore } from "@/lib/storage/blob-store";
import { acquireDataDirLock, DataDirLockedError, releaseDataDirLock } from "@/lib/db/data-dir-lock";

const objects = new Map<string, { body: Buffer; type: string }>();
const seen: { method: string; url: string; auth: string | undefined }[] = [];
let server: Server;
let endpoint: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url!, "http://s3.local");
    seen.push({ method: req.method!, url: req.url!, auth: req.headers.authorization });
    const [, bucket, ...rest] = url.pathname.split("/");
    const key = decodeURIComponent(rest.join("/"));
    if (bucket !== "talksmith-test") return res.writeHead(404).end("<Error><Code>NoSuchBucket</Code></Error>");
    const parts: Buffer[] = [];
    req.on("data", (c: Buffer) => parts.push(c));
    req.on("end", () => {
      const body = Buffer.concat(parts);
      if (req.method === "PUT") {
        objects.set(key, { body, type: String(req.headers["content-type"] ?? "application/octet-stream") });
        return res.writeHead(200, { ETag: '"etag"' }).end();
      }
      if (req.method === "POST" && url.searchParams.has("delete")) {
        for (const m of body.toString().matchAll(/<Key>([^<]+)<\/Key>/g)) objects.delete(m[1]);
        return res.writeHead(200, { "Content-Type": "application/xml" }).end("<DeleteResult></DeleteResult>");
      }
      if (req.method === "GET" && !key && url.searchParams.get("list-type") === "2") {
        const prefix = url.searchParams.get("prefix") ?? "";
        const keys = [...objects.keys()].filter((k) => k.startsWith(prefix));
        return res.writeHead(200, { "Content-Type": "application/xml" }).end(`<ListBucketResult><IsTruncated>false</IsTruncated>${keys.map((k) => `<Contents><Key>${k}</Key><Size>1</Size></Contents>`).join("")}</ListBucketResult>`);
      }
      const obj = objects.get(key);
      if (req.method === "DELETE") {
        objects.delete(key);
        return res.writeHead(204).end();
      }
      if (!obj) return res.writeHead(404, { "Content-Type": "application/xml" }).end("<Error><Code>NoSuchKey</Code></Error>");
      if (req.method === "HEAD") return res.writeHead(200, { "Content-Length": obj.body.length, "Content-Type": obj.type }).end();
      const range = /bytes=(\d+)-(\d*)/.exec(String(req.headers.range ?? ""));
      if (range) {
        const start = Number(range[1]);
        const end = range[2] ? Number(range[2]) : obj.body.length - 1;
        return res.writeHead(206, { "Content-Range": `bytes ${start}-${end}/${obj.body.length}`, "Content-Length": end - start + 1 }).end(obj.body.subarray(start, end + 1));
      }
      res.writeHead(200, { "Content-Length": obj.body.length, "Content-Type": obj.type }).end(obj.body);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  endpoint = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => server.close());

async function text(stream: NodeJS.ReadableStream) {
  const parts: Buffer[] = [];
  for await (const p of stream) parts.push(Buffer.from(p as Buffer));
  return Buffer.concat(parts).toString();
}

const stores: [string, () => BlobStore][] = [
  ["local", () => localBlobStore(mkdtempSync(path.join(os.tmpdir(), "ts-blobs-")))],
  ["s3", () => s3BlobStore({ bucket: "talksmith-test", region: "us-east-1", endpoint, accessKeyId: "AKIATEST", secretAccessKey: "secret", forcePathStyle: true })],
];

describe.each(stores)("%s blob store", (kind, make) => {
  it("puts streams, reads whole and by range, stats, deletes and deletes by prefix", async () => {
    const store = make();
    const info = await store.put("ws/a/jobs/1/original", Readable.from([Buffer.from("hello "), Buffer.from("world")]), { contentType: "audio/mpeg" });
    expect(info.size).toBe(11);
    expect(await text(await store.get("ws/a/jobs/1/original"))).toBe("hello world");
    expect(await text(await store.get("ws/a/jobs/1/original", { start: 6, end: 10 }))).toBe("world");
    expect(await store.stat("ws/a/jobs/1/original")).toMatchObject({ size: 11, contentType: "audio/mpeg" });
    await store.put("ws/a/jobs/1/audio.wav", "x");
    await store.put("ws/a/jobs/2/original", "y");
    await store.deletePrefix("ws/a/jobs/1/");
    expect(await store.stat("ws/a/jobs/1/original")).toBeNull();
    expect(await store.stat("ws/a/jobs/2/original")).not.toBeNull();
    await store.delete("ws/a/jobs/2/original");
    expect(await store.stat("ws/a/jobs/2/original")).toBeNull();
    expect(await store.signedUrl("ws/a/x", 60)).toMatch(kind === "s3" ? /X-Amz-Signature=/ : /\/api\/blobs\/ws\/a\/x\?exp=\d+&sig=/);
    await expect(store.put("../etc/passwd", "x")).rejects.toThrow(/Unsafe blob key/);
    if (kind === "s3") {
      expect(seen.every((r) => r.url.startsWith("/talksmith-test"))).toBe(true);
      expect(seen.filter((r) => r.method === "PUT").every((r) => r.auth?.startsWith("AWS4-HMAC-SHA256 Credential=AKIATEST/"))).toBe(true);
    }
  });
});

describe("the embedded database's folder lock", () => {
  it("refuses while a live process holds it, and takes over a stale lock", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "ts-lock-"));
    writeFileSync(path.join(dir, "talksmith.lock"), "1"); // pid 1 is always alive
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
    writeFileSync(path.join(dir, "talksmith.lock"), "99999999"); // no such process
    acquireDataDirLock(dir);
    releaseDataDirLock(dir);
  });
});
