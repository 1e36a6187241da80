// The render thread: draws asset files for the server thread (see render-pool.ts), and hands
// each file's bytes back without a copy.
import { parentPort } from "node:worker_threads";
import { renderAssetFile, type AssetFileRequest } from "./render-asset-file";

export interface RenderMessage {
  id: number;
  request: AssetFileRequest;
}

export type RenderReply =
  | { id: number; ok: true; body: Uint8Array; contentType: string; extension: string }
  | { id: number; ok: false; name: string; message: string };

const port = parentPort;
if (!port) throw new Error("render-worker.ts runs as a worker thread");

port.on("message", async ({ id, request }: RenderMessage) => {
  try {
    const file = await renderAssetFile(request);
    // A small Buffer is a view into Node's shared pool, which must not be transferred away.
    const owned = file.body.byteOffset === 0 && file.body.byteLength === file.body.buffer.byteLength;
    const body = owned ? new Uint8Array(file.body.buffer) : new Uint8Array(file.body);
    port.postMessage({ id, ok: true, body, contentType: file.contentType, extension: file.extension } satisfies RenderReply, [body.buffer as ArrayBuffer]);
  } catch (error) {
    const { name, message } = error instanceof Error ? error : new Error(String(error));
    port.postMessage({ id, ok: false, name, message } satisfies RenderReply);
  }
});
