// The one table of plan limits that the server enforces and the Studio displays.
import type { Scope } from "@/lib/auth/scopes";

export const plans = ["free", "pro", "studio"] as const;
export type PlanId = (typeof plans)[number];

export type UsageMetric = "minutes_transcribed" | "kits_generated" | "renders" | "api_calls";

export interface PlanLimits {
  name: string;
  priceCents: number; // per month
  monthly: Record<UsageMetric, number>; // Infinity = unlimited
  apiAccess: boolean;
  maxUploadBytes: number;
  nonEnglishOutput: boolean;
  publish: boolean;
  marketplace: boolean;
  brand: boolean;
  seats: number;
  allowedScopes: Scope[];
  defaultScopes: Scope[];
}

const MB = 1024 * 1024;
const proScopes: Scope[] = ["jobs:read", "jobs:write", "assets:read", "export"];

export const planLimits: Record<PlanId, PlanLimits> = {
  free: {
    name: "Free",
    priceCents: 0,
    monthly: { minutes_transcribed: 60, kits_generated: 5, renders: 20, api_calls: 0 },
    apiAccess: false,
    maxUploadBytes: 100 * MB,
    nonEnglishOutput: false,
    publish: false,
    marketplace: false,
    brand: false,
    seats: 1,
    allowedScopes: [],
    defaultScopes: [],
  },
  pro: {
    name: "Pro",
    priceCents: 2900,
    monthly: { minutes_transcribed: 600, kits_generated: 100, renders: 500, api_calls: 50_000 },
    apiAccess: true,
    maxUploadBytes: 1024 * MB,
    nonEnglishOutput: true,
    publish: true,
    marketplace: false,
    brand: false,
    seats: 3,
    allowedScopes: proScopes,
    defaultScopes: proScopes,
  },
  studio: {
    name: "Studio",
    priceCents: 9900,
    monthly: { minutes_transcribed: 3000, kits_generated: 1000, renders: 5000, api_calls: 500_000 },
    apiAccess: true,
    maxUploadBytes: 4096 * MB,
    nonEnglishOutput: true,
    publish: true,
    marketplace: true,
    brand: true,
    seats: 20,
    allowedScopes: [...proScopes, "publish", "marketplace:read", "brand:read"],
    defaultScopes: [...proScopes, "publish", "marketplace:read", "brand:read"],
  },
};

/** The cheapest plan that has a feature, for "upgrade to X" messages. */
export function planUnlocking(test: (limits: PlanLimits) => boolean): PlanId {
  return plans.find((p) => test(planLimits[p])) ?? "studio";
}
