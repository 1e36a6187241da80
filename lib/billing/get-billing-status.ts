import { z } from "zod";
import { db } from "@/lib/db";
import { planLimits, type PlanId, type UsageMetric } from "@/lib/plans/plans";
import { getUsage } from "@/lib/usage/get-usage";

const metrics = z.object({ minutesTranscribed: z.number(), kitsGenerated: z.number(), renders: z.number(), apiCalls: z.number() });

export const billingStatusSchema = z.object({
  plan: z.enum(["free", "pro", "studio"]),
  planName: z.string(),
  period: z.object({ start: z.string(), end: z.string() }),
  usage: metrics,
  limits: metrics.extend({
    maxUploadBytes: z.number(),
    apiAccess: z.boolean(),
    nonEnglishOutput: z.boolean(),
    publish: z.boolean(),
    marketplace: z.boolean(),
    brand: z.boolean(),
    seats: z.number(),
  }),
});

const camel = (t: Record<UsageMetric, number>) => ({ minutesTranscribed: t.minutes_transcribed, kitsGenerated: t.kits_generated, renders: t.renders, apiCalls: t.api_calls });

/** GET /billing/status: plan, current period, usage and limits. */
export async function getBillingStatus(workspaceId: string): Promise<z.infer<typeof billingStatusSchema>> {
  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: workspaceId } });
  const plan = workspace.plan as PlanId;
  const limits = planLimits[plan];
  const { period, totals } = await getUsage(workspaceId);
  return {
    plan,
    planName: limits.name,
    period: { start: period.start.toISOString(), end: period.end.toISOString() },
    usage: camel(totals),
    limits: { ...camel(limits.monthly), maxUploadBytes: limits.maxUploadBytes, apiAccess: limits.apiAccess, nonEnglishOutput: limits.nonEnglishOutput, publish: limits.publish, marketplace: limits.marketplace, brand: limits.brand, seats: limits.seats },
  };
}
