// Usage metrics are snake_case in the database (UsageRecord.metric) and camelCase in the API.
import { z } from "zod";
import type { UsageMetric } from "@/lib/plans/plans";

export const usageMetrics = ["minutes_transcribed", "kits_generated", "renders", "api_calls"] as const satisfies readonly UsageMetric[];

export const usageTotalsSchema = z.object({
  minutesTranscribed: z.number(),
  kitsGenerated: z.number(),
  renders: z.number(),
  apiCalls: z.number(),
});
export type UsageTotals = z.infer<typeof usageTotalsSchema>;

export const usageMetricKeys: Record<UsageMetric, keyof UsageTotals> = {
  minutes_transcribed: "minutesTranscribed",
  kits_generated: "kitsGenerated",
  renders: "renders",
  api_calls: "apiCalls",
};

export const usageMetricLabels: Record<UsageMetric, string> = {
  minutes_transcribed: "transcription minutes",
  kits_generated: "kits",
  renders: "renders",
  api_calls: "API calls",
};

/** Fractional minutes are summed as floats; two decimals is what the Studio shows and bills. */
export const roundUsage = (value: number) => Math.round(value * 100) / 100;

export const emptyTotals = (): Record<UsageMetric, number> => ({ minutes_transcribed: 0, kits_generated: 0, renders: 0, api_calls: 0 });

export function toUsageTotals(totals: Record<UsageMetric, number>): UsageTotals {
  return { minutesTranscribed: totals.minutes_transcribed, kitsGenerated: totals.kits_generated, renders: totals.renders, apiCalls: totals.api_calls };
}
