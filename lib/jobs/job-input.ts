import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { assertPlanAllows } from "@/lib/billing/assert-plan-allows";
import type { PlanId } from "@/lib/plans/plans";
import { configuredGenerationLanguages } from "@/lib/languages/list-languages";

export const languageCode = z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, "must be an ISO 639-1 code such as en, es or fr");

export const createJobInput = z
  .object({
    title: z.string().trim().min(1).max(200),
    kitId: z.string().min(1).max(64).nullish(),
    audience: z.string().trim().max(200).nullish(),
    outputLanguage: languageCode.default("en"),
    voiceProfileId: z.string().max(64).nullish(),
    sourceUrl: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).max(2000).nullish(),
    transcript: z.string().min(1).max(900_000).nullish(),
    autoRun: z.boolean().default(false),
  })
  .refine((v) => !(v.sourceUrl && v.transcript), { message: "Give either sourceUrl or transcript, not both", path: ["transcript"] });

export type CreateJobInput = z.infer<typeof createJobInput>;

/** Non-English output needs Pro+, and a provider that can really write it. */
export function assertOutputLanguage(plan: PlanId, language: string) {
  if (language === "en") return;
  assertPlanAllows({ plan }, "nonEnglishOutput");
  if (!configuredGenerationLanguages().includes(language)) {
    throw new ApiError(
      "invalid_request",
      `Output in "${language}" needs an LLM provider (set LLM_BASE_URL); the built-in generator writes English. GET /languages lists what this deployment can produce.`,
      { param: "outputLanguage" },
    );
  }
}
