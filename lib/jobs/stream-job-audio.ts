import { Readable } from "node:stream";
import { ApiError } from "@/lib/api/errors";
import { getBlobStore } from "@/lib/storage";
import { getJobOrThrow } from "./get-job-or-throw";

/** GET /jobs/:id/audio: the original recording, with Range support so players can seek. */
export async function streamJobAudio(workspaceId: string, jobId: number, req: Request): Promise<Response> {
  const job = await getJobOrThrow(workspaceId, jobId);
  if (!job.audioBlobKey) throw new ApiError("not_found", "This job has no audio.");
  const info = await getBlobStore().stat(job.audioBlobKey);
  if (!info) throw new ApiError("not_found", "This job's audio file is missing.");
  const type = job.audioMimeType ?? "application/octet-stream";
  const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.get("range") ?? "");
  const headers: Record<string, string> = { "Content-Type": type, "Accept-Ranges": "bytes", "Cache-Control": "private, max-age=3600" };
  if (range && (range[1] || range[2])) {
    const start = range[1] ? Number(range[1]) : Math.max(0, info.size - Number(range[2]));
    const end = range[1] && range[2] ? Math.min(Number(range[2]), info.size - 1) : info.size - 1;
    if (start >= info.size || start > end) return new Response(null, { status: 416, headers: { ...headers, "Content-Range": `bytes */${info.size}` } });
    const body = await getBlobStore().get(job.audioBlobKey, { start, end });
    return new Response(Readable.toWeb(body) as ReadableStream, { status: 206, headers: { ...headers, "Content-Length": String(end - start + 1), "Content-Range": `bytes ${start}-${end}/${info.size}` } });
  }
  const body = await getBlobStore().get(job.audioBlobKey);
  return new Response(Readable.toWeb(body) as ReadableStream, { status: 200, headers: { ...headers, "Content-Length": String(info.size) } });
}
