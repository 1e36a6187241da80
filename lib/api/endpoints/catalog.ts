import { z } from "zod";
import { defineEndpoint } from "@/lib/api/define-endpoint";
import { listKits } from "@/lib/kits/list-kits";
import { kitView } from "@/lib/kits/model";
import { getBillingStatus, billingStatusSchema } from "@/lib/billing/get-billing-status";

export const kitsEndpoint = defineEndpoint({
  method: "GET",
  path: "/kits",
  summary: "Kit templates: built-in, the workspace's own, and installed ones",
  tags: ["Kits"],
  auth: "api",
  scopes: ["jobs:read"],
  response: z.object({ data: z.array(kitView) }),
  handler: async ({ workspace }) => ({ data: await listKits(workspace.id) }),
});

export const billingStatusEndpoint = defineEndpoint({
  method: "GET",
  path: "/billing/status",
  summary: "Plan, billing period, usage and limits",
  tags: ["Billing"],
  auth: "api",
  scopes: ["jobs:read"],
  response: billingStatusSchema,
  handler: async ({ workspace }) => getBillingStatus(workspace.id),
});
