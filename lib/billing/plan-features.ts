// The plan gates of SPEC §1, named in the product's words for "requires the X plan" messages.
import type { PlanLimits } from "@/lib/plans/plans";

export const planFeatures = ["apiAccess", "nonEnglishOutput", "publish", "marketplace", "brand"] as const;
export type PlanFeature = (typeof planFeatures)[number] & keyof PlanLimits;

export const planFeatureNames: Record<PlanFeature, string> = {
  apiAccess: "API access",
  nonEnglishOutput: "Output in languages other than English",
  publish: "Direct publishing",
  marketplace: "The marketplace",
  brand: "Brand profiles",
};
