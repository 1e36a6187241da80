import { z } from "zod";
import { planLimits, plans } from "@/lib/plans/plans";
import { getUsage } from "@/lib/usage/get-usage";
import { toUsageTotals, usageTotalsSchema } from "@/lib/usage/model";

export const billingStatusSchema = z.object({
  plan: z.enum(plans),
  planName: z.string(),
  period: z.object({ start: z.string(), end: z.string() }),
  usage: usageTotalsSchema,
  limits: usageTotalsSchema.extend({
    maxUploadBytes: z.number(),
    apiAccess: z.boolean(),
    nonEnglishOutput: z.boolean(),
    publish: z.boolean(),
    marketplace: z.boolean(),
    brand: z.boolean(),
    seats: z.number(),
  }),
});
export type BillingStatus = z.infer<typeof billingStatusSchema>;

/** GET /billing/status: plan, current period, usage so far and the plan's limits (camelCase, same keys in usage and limits). */
export async function getBillingStatus(workspaceId: string, now: Date = new Date()): Promise<BillingStatus> {
  const { period, totals, plan } = await getUsage(workspaceId, now);
  const limits = planLimits[plan];
  return {
    plan,
    planName: limits.name,
    period: { start: period.start.toISOString(), end: period.end.toISOString() },
    usage: toUsageTotals(totals),
    limits: {
      ...toUsageTotals(limits.monthly),
      maxUploadBytes: limits.maxUploadBytes,
      apiAccess: limits.apiAccess,
      nonEnglishOutput: limits.nonEnglishOutput,
      publish: limits.publish,
      marketplace: limits.marketplace,
      brand: limits.brand,
      seats: limits.seats,
    },
  };
}
