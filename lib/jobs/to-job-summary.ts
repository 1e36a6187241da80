import type { Job } from "@/lib/generated/prisma/client";
import type { JobSummary } from "./views";

export function toJobSummary(job: Job & { _count: { assets: number } }): JobSummary {
  return {
    id: job.id,
    title: job.title,
    status: job.status,
    stage: job.stage,
    progress: job.progress,
    kitId: job.kitId,
    audience: job.audience,
    outputLanguage: job.outputLanguage,
    sourceType: job.sourceType as JobSummary["sourceType"],
    error: job.error,
    archived: job.archivedAt !== null,
    assetCount: job._count.assets,
    createdAt: job.createdAt.toISOString(),
    updatedAt: job.updatedAt.toISOString(),
  };
}
