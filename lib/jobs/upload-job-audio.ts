// POST /jobs/:id/upload: multipart, field "audio". The file streams to blob storage while its
// size is counted and its type is sniffed from the first bytes; it is never held whole in memory.
import { Readable } from "node:stream";
import busboy from "busboy";
import { db } from "@/lib/db";
import { ApiError } from "@/lib/api/errors";
import type { WorkspaceRef } from "@/lib/auth/caller";
import { planLimits } from "@/lib/plans/plans";
import { getBlobStore } from "@/lib/storage";
import { withLocalFile } from "@/lib/storage/with-local-file";
import { GuardedStream } from "./guarded-stream";
import { probeAudio, UndecodableAudioError } from "@/lib/media/probe-audio";
import { getJobOrThrow } from "./get-job-or-throw";
import { jobOriginalKey } from "./job-blobs";
import { getJobDetail } from "./get-job-detail";
import { startTranscription } from "./start-transcription";

interface Stored {
  bytes: number;
  mime: string;
  fileName: string | null;
}

function receive(req: Request, key: string, maxBytes: number): Promise<Stored> {
  const contentType = req.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    throw new ApiError("unsupported_media_type", 'Send multipart/form-data with the file in the "audio" field.');
  }
  if (!req.body) throw new ApiError("invalid_request", 'The request has no body; send the file in the "audio" field.', { param: "audio" });
  return new Promise<Stored>((resolve, reject) => {
    let found = false;
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      reject(error);
    };
    const parser = busboy({ headers: { "content-type": contentType }, limits: { files: 1, fields: 20, fileSize: maxBytes + 1 } });
    parser.on("file", (name, file, info) => {
      if (name !== "audio" || found) {
        file.resume();
        return;
      }
      found = true;
      const guard = new GuardedStream(maxBytes);
      file.on("limit", () => guard.destroy(new ApiError("payload_too_large", `The file is larger than your plan's upload limit of ${Math.round(maxBytes / 1024 / 1024)} MB.`)));
      guard.on("error", (error) => {
        // Keep draining the request so the client gets our answer, not a reset connection.
        file.unpipe(guard);
        file.resume();
        fail(error);
      });
      file.pipe(guard);
      getBlobStore()
        .put(key, guard)
        .then(() => {
          if (guard.bytes === 0) return fail(new ApiError("unprocessable", "The audio file is empty."));
          if (settled) return;
          settled = true;
          resolve({ bytes: guard.bytes, mime: guard.mime!, fileName: info.filename ?? null });
        }, fail);
    });
    parser.on("error", (error) => fail(new ApiError("invalid_request", `The multipart body could not be read: ${(error as Error).message}`, { param: "audio" })));
    parser.on("close", () => {
      if (!found) fail(new ApiError("invalid_request", 'No file in the "audio" field.', { param: "audio" }));
    });
    Readable.fromWeb(req.body as import("node:stream/web").ReadableStream<Uint8Array>).on("error", fail).pipe(parser);
  });
}

export async function uploadJobAudio(workspace: WorkspaceRef, jobId: number, req: Request) {
  const job = await getJobOrThrow(workspace.id, jobId);
  if (!["draft", "uploaded", "failed"].includes(job.status)) {
    throw new ApiError("invalid_state", `Audio can be uploaded to a new job only; this one is ${job.status}. Create a new job for another recording.`);
  }
  const maxBytes = planLimits[workspace.plan].maxUploadBytes;
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > maxBytes + 64 * 1024) throw new ApiError("payload_too_large", `The file is larger than your plan's upload limit of ${Math.round(maxBytes / 1024 / 1024)} MB.`);

  const key = jobOriginalKey(workspace.id, job.id);
  let stored: Stored;
  try {
    stored = await receive(req, key, maxBytes);
  } catch (error) {
    await getBlobStore().delete(key).catch(() => {});
    throw error;
  }

  let durationSec: number;
  try {
    durationSec = (await withLocalFile(key, (file) => probeAudio(file))).durationSec;
  } catch (error) {
    if (!(error instanceof UndecodableAudioError)) throw error;
    await db.job.update({ where: { id: job.id }, data: { status: "failed", error: error.message, errorCode: "undecodable_audio", audioBlobKey: key, audioMimeType: stored.mime, audioBytes: stored.bytes, audioFileName: stored.fileName } });
    throw new ApiError("unprocessable", error.message, { param: "audio" });
  }

  await db.job.update({
    where: { id: job.id },
    data: { status: "uploaded", sourceType: "upload", error: null, errorCode: null, audioBlobKey: key, audioMimeType: stored.mime, audioBytes: stored.bytes, audioFileName: stored.fileName, durationSec },
  });
  if (job.autoRun) await startTranscription(workspace, job.id, {});
  return getJobDetail(workspace.id, job.id);
}
