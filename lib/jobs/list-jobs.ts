import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { page, paginationQuery } from "@/lib/api/pagination";
import { jobStatusSchema } from "./views";
import { toJobSummary } from "./to-job-summary";

export const listJobsQuery = paginationQuery.extend({
  status: jobStatusSchema.optional(),
  kitId: z.string().max(64).optional(),
  q: z.string().max(200).optional(),
  archived: z.enum(["true", "false", "all"]).default("false"),
});

export async function listJobs(workspaceId: string, query: z.infer<typeof listJobsQuery>) {
  const where: Prisma.JobWhereInput = {
    workspaceId,
    ...(query.status ? { status: query.status } : {}),
    ...(query.kitId ? { kitId: query.kitId } : {}),
    ...(query.q ? { title: { contains: query.q, mode: "insensitive" } } : {}),
    ...(query.archived === "all" ? {} : { archivedAt: query.archived === "true" ? { not: null } : null }),
  };
  const [rows, total] = await Promise.all([
    db.job.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: query.limit, skip: query.offset, include: { _count: { select: { assets: true } } } }),
    db.job.count({ where }),
  ]);
  return page(rows.map(toJobSummary), total, query);
}
