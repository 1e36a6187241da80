import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Segment } from "@/lib/transcripts/model";
import { getKitEngine } from "@/lib/ai/get-kit-engine";
import type { TranscribeEvent } from "@/lib/jobs/events";
import { startGenerationInTx } from "@/lib/jobs/request-kit";
import { currentJob } from "./current-job";

/** Stage 3: moments, quotes, topics, glossary, action items and questions; then transcribed. */
export async function extractInsights(data: TranscribeEvent) {
  const job = await currentJob(data.workspaceId, data.jobId, data);
  const transcript = await db.transcript.findUniqueOrThrow({ where: { jobId: job.id }, include: { segments: { orderBy: { position: "asc" } } } });
  const engine = getKitEngine();
  const { provider, extraction } = await engine.extract({
    language: transcript.language,
    provider: transcript.provider,
    durationSec: transcript.durationSec,
    segments: transcript.segments.map((s) => ({ start: s.start, end: s.end, text: s.text, speaker: s.speaker, words: s.words as unknown as Segment["words"] })),
  });
  await db.$transaction(async (tx) => {
    await currentJob(data.workspaceId, data.jobId, data, tx);
    const base = { workspaceId: job.workspaceId, jobId: job.id };
    await tx.moment.deleteMany({ where: { jobId: job.id } });
    await tx.quote.deleteMany({ where: { jobId: job.id } });
    await tx.jobInsights.deleteMany({ where: { jobId: job.id } });
    await tx.moment.createMany({ data: extraction.moments.map((m, position) => ({ ...base, position, title: m.title, summary: m.summary, start: m.start, end: m.end, score: m.score })) });
    await tx.quote.createMany({
      data: extraction.quotes.map((q, position) => ({ ...base, position, text: q.text, originalText: q.text, start: q.start, end: q.end, speaker: q.speaker ?? null, score: q.score })),
    });
    await tx.jobInsights.create({
      data: {
        ...base,
        provider,
        topics: extraction.topics as Prisma.InputJsonValue,
        glossary: extraction.glossary as Prisma.InputJsonValue,
        actionItems: extraction.actionItems as Prisma.InputJsonValue,
        questions: extraction.questions as Prisma.InputJsonValue,
      },
    });
    const updated = await tx.job.update({ where: { id: job.id }, data: { status: "transcribed", stage: "transcribed", progress: 100 } });
    if (updated.autoRun && updated.kitId) {
      await startGenerationInTx(tx, updated.id, updated.workspaceId, { kitId: updated.kitId, voiceProfileId: updated.voiceProfileId, outputLanguage: updated.outputLanguage });
    }
  });
  return { moments: extraction.moments.length, quotes: extraction.quotes.length };
}
