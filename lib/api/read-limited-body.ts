import { ApiError } from "./errors";

/** Reads a small binary body (logos), refusing past maxBytes without reading it all. */
export async function readLimitedBody(req: Request, maxBytes: number, param: string): Promise<Buffer> {
  if (Number(req.headers.get("content-length") ?? 0) > maxBytes) throw new ApiError("payload_too_large", `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`, { param });
  if (!req.body) return Buffer.alloc(0);
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of req.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new ApiError("payload_too_large", `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`, { param });
    parts.push(Buffer.from(chunk));
  }
  return Buffer.concat(parts);
}
