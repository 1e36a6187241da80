import { z } from "zod";
import { db } from "@/lib/db";
import { ApiError } from "@/lib/api/errors";
import { renderTranscript, transcriptFormats } from "@/lib/transcripts/formats";
import type { Segment } from "@/lib/transcripts/model";
import { contentDisposition, safeFileName } from "@/lib/assets/safe-file-name";
import { getJobOrThrow } from "./get-job-or-throw";

export const transcriptQuery = z.object({ format: z.enum(["txt", "srt", "vtt", "json"]).default("txt") });

/** GET /jobs/:id/transcript?format=txt|srt|vtt|json */
export async function getTranscriptFile(workspaceId: string, jobId: number, format: z.infer<typeof transcriptQuery>["format"]): Promise<Response> {
  const job = await getJobOrThrow(workspaceId, jobId);
  const t = await db.transcript.findUnique({ where: { jobId: job.id }, include: { segments: { orderBy: { position: "asc" } } } });
  if (!t) throw new ApiError("invalid_state", "This job has no transcript yet; transcribe it first.");
  const body = renderTranscript(format, { language: t.language, provider: t.provider, durationSec: t.durationSec, segments: t.segments.map((s) => ({ start: s.start, end: s.end, text: s.text, speaker: s.speaker, words: s.words as unknown as Segment["words"] })) });
  return new Response(body, { headers: { "Content-Type": transcriptFormats[format], "Content-Disposition": contentDisposition(job.title, safeFileName(`${job.title} transcript`, format)) } });
}
