import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordUsage } from "@/lib/usage/record-usage";
import { emitJobEvent } from "@/lib/jobs/emit-job-event";
import type { GenerateEvent } from "@/lib/jobs/events";
import { currentJob } from "./current-job";
import type { GenerationResult } from "./generate-assets";

/**
 * Stores the Kit, its assets, the usage and the kit.generated / job.review events in one
 * transaction. Keyed by the generation id, so a replayed step creates no duplicate assets.
 */
export async function saveKit(data: GenerateEvent, result: GenerationResult) {
  const job = await currentJob(data.workspaceId, data.jobId, data);
  return db.$transaction(async (tx) => {
    const existing = await tx.kit.findUnique({ where: { generationId: data.generationId }, include: { _count: { select: { assets: true } } } });
    if (existing) return { kitId: existing.id, assetCount: existing._count.assets };
    await tx.kit.deleteMany({ where: { jobId: job.id } });
    const kit = await tx.kit.create({
      data: {
        workspaceId: job.workspaceId,
        jobId: job.id,
        kitKey: result.kitKey,
        name: result.kitName,
        provider: result.provider,
        language: result.language,
        voiceProfileId: job.voiceProfileId,
        generationId: data.generationId,
      },
    });
    await tx.asset.createMany({
      data: result.assets.map((a, position) => ({
        workspaceId: job.workspaceId,
        jobId: job.id,
        kitId: kit.id,
        position,
        type: a.type,
        title: a.title,
        content: a.content as unknown as Prisma.InputJsonValue,
      })),
    });
    await recordUsage(tx, job.workspaceId, "kits_generated", 1, job.id);
    const updated = await tx.job.update({ where: { id: job.id }, data: { status: "review", stage: "review", progress: 100 } });
    await emitJobEvent(tx, updated, "kit.generated", { kitId: result.kitKey, assetCount: result.assets.length });
    await emitJobEvent(tx, updated, "job.review", { kitId: result.kitKey, assetCount: result.assets.length });
    return { kitId: kit.id, assetCount: result.assets.length };
  });
}
