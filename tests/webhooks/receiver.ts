// A local receiver on 127.0.0.1 that records what Talksmith sends and answers as each test scripts.
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { runInThisContext } from "node:vm";

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  deliveryId: string;
  event: string;
  signature: string;
}

type Answer = (req: Received, res: ServerResponse) => void;

// The seed's verifier, byte for byte as published (a CommonJS snippet with no exports, while this
// package is ESM), so it is wrapped the way Node wraps a CommonJS module and its function returned.
const verifierSource = readFileSync(new URL("../helpers/verify-talksmith-webhook.js", import.meta.url), "utf8");
export const verifyTalksmithWebhook = (
  runInThisContext(`(function (require) {\n${verifierSource}\nreturn verifyTalksmithWebhook;\n})`) as (require: NodeJS.Require) => (rawBody: string, sigHeader: string, secret: string) => boolean
)(createRequire(import.meta.url));

export async function startReceiver(answer: Answer = (_req, res) => res.writeHead(200).end("ok")) {
  const received: Received[] = [];
  let respond = answer;
  let server: Server | null = null;
  let port = 0;
  const sockets = new Set<import("node:net").Socket>();

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const s = createServer((req, res) => {
        const parts: Buffer[] = [];
        req.on("data", (c: Buffer) => parts.push(c));
        req.on("end", () => {
          const r: Received = {
            headers: req.headers,
            body: Buffer.concat(parts).toString("utf8"),
            deliveryId: String(req.headers["x-talksmith-delivery"]),
            event: String(req.headers["x-talksmith-event"]),
            signature: String(req.headers["x-talksmith-signature"]),
          };
          received.push(r);
          respond(r, res);
        });
      });
      s.on("connection", (socket) => {
        sockets.add(socket);
        socket.on("close", () => sockets.delete(socket));
      });
      s.once("error", reject);
      s.listen(port, "127.0.0.1", () => {
        port = (s.address() as { port: number }).port;
        server = s;
        resolve();
      });
    });

  const stop = () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve();
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
      server = null;
    });

  await listen();
  return {
    get url() {
      return `http://127.0.0.1:${port}/hooks`;
    },
    received,
    answer(fn: Answer) {
      respond = fn;
    },
    /** Stops listening (connections are refused) but keeps the port for `up`. */
    down: stop,
    up: listen,
    close: stop,
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;
