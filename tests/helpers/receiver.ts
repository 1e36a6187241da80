import { createServer, type IncomingMessage, type ServerResponse } from "node:http";

export interface Received {
  headers: IncomingMessage["headers"];
  body: string;
}

/** A local HTTP receiver whose answer each test scripts. */
export async function startReceiver(answer: (req: Received, res: ServerResponse) => void = (_r, res) => res.writeHead(200).end("ok")) {
  const received: Received[] = [];
  let respond = answer;
  const server = createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on("data", (c: Buffer) => parts.push(c));
    req.on("end", () => {
      const r = { headers: req.headers, body: Buffer.concat(parts).toString("utf8") };
      received.push(r);
      respond(r, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    answer(fn: typeof answer) {
      respond = fn;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    down: () => new Promise<void>((resolve) => server.close(() => resolve())),
    port,
  };
}
