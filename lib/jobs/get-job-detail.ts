import { db, dbHandle } from "@/lib/db";
import { currentEpoch } from "@/lib/db/change-epoch";
import { notFound } from "@/lib/api/errors";
import type { AssetDocument } from "@/lib/documents/model";
import { documentFormats } from "@/lib/documents/render/formats";
import type { Extraction } from "@/lib/extract/model";
import type { Word } from "@/lib/transcripts/model";
import type { JobDetail } from "./views";
import { toJobSummary } from "./to-job-summary";

const cache = new Map<string, { epoch: number; detail: JobDetail }>();

/**
 * The full job as the API and the Studio show it; another workspace's job is a 404.
 * In the embedded single-process mode, a detail is served from memory while no job data has
 * changed since it was read (see change-epoch.ts); with PostgreSQL every read goes to the database.
 */
export async function getJobDetail(workspaceId: string, id: number): Promise<JobDetail> {
  if (dbHandle().kind !== "pglite") return readJobDetail(workspaceId, id);
  const key = `${workspaceId}:${id}`;
  const hit = cache.get(key);
  if (hit && hit.epoch === currentEpoch()) return hit.detail;
  const epoch = currentEpoch();
  const detail = await readJobDetail(workspaceId, id);
  if (cache.size > 500) cache.clear();
  cache.set(key, { epoch, detail });
  return detail;
}

async function readJobDetail(workspaceId: string, id: number): Promise<JobDetail> {
  const job = await db.job.findFirst({
    where: { id, workspaceId },
    include: {
      transcript: { include: { segments: { orderBy: { position: "asc" } } } },
      insights: true,
      moments: { orderBy: { position: "asc" } },
      quotes: { orderBy: { position: "asc" } },
      kits: { orderBy: { createdAt: "desc" }, take: 1, include: { assets: { orderBy: { position: "asc" } } } },
    },
  });
  if (!job) throw notFound("Job");
  const kit = job.kits[0] ?? null;
  return {
    ...toJobSummary({ ...job, _count: { assets: kit?.assets.length ?? 0 } }),
    sourceUrl: job.sourceUrl,
    autoRun: job.autoRun,
    voiceProfileId: job.voiceProfileId,
    retryCount: job.retryCount,
    errorCode: job.errorCode,
    deliveredAt: job.deliveredAt?.toISOString() ?? null,
    audio: job.audioBlobKey
      ? { fileName: job.audioFileName, mimeType: job.audioMimeType, bytes: job.audioBytes === null ? null : Number(job.audioBytes), durationSec: job.durationSec }
      : null,
    transcript: job.transcript
      ? {
          language: job.transcript.language,
          provider: job.transcript.provider,
          durationSec: job.transcript.durationSec,
          text: job.transcript.text,
          segments: job.transcript.segments.map((s) => ({
            start: s.start,
            end: s.end,
            text: s.text,
            speaker: s.speaker,
            words: (s.words as unknown as Word[]).map((w) => ({ text: w.text, start: w.start, end: w.end, confidence: w.confidence ?? null })),
          })),
        }
      : null,
    moments: job.moments.map((m) => ({ id: m.id, title: m.title, summary: m.summary, start: m.start, end: m.end, score: m.score })),
    quotes: job.quotes.map((q) => ({ id: q.id, text: q.text, originalText: q.originalText, start: q.start, end: q.end, speaker: q.speaker, favourite: q.favourite, score: q.score })),
    insights: job.insights
      ? {
          topics: job.insights.topics as Extraction["topics"],
          glossary: job.insights.glossary as Extraction["glossary"],
          actionItems: job.insights.actionItems as Extraction["actionItems"],
          questions: job.insights.questions as Extraction["questions"],
        }
      : null,
    kit: kit ? { id: kit.id, kitId: kit.kitKey, name: kit.name, provider: kit.provider, language: kit.language, createdAt: kit.createdAt.toISOString() } : null,
    assets: (kit?.assets ?? []).map((a) => ({
      id: a.id,
      type: a.type,
      title: a.title,
      status: a.status,
      position: a.position,
      editedAt: a.editedAt?.toISOString() ?? null,
      formats: a.type === "quote_card" ? ["png", ...documentFormats] : [...documentFormats],
      content: a.content as unknown as AssetDocument,
    })),
  };
}
