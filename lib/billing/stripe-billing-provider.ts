// Stripe Checkout through its REST API (form-encoded, Bearer secret key) rather than the SDK:
// one endpoint, and the contract test can check exactly what Stripe would receive.
import { ApiError } from "@/lib/api/errors";
import { config } from "@/lib/config";
import { planLimits } from "@/lib/plans/plans";
import type { BillingProvider } from "./billing-provider";

export interface StripeSettings {
  secretKey: string;
  baseUrl: string;
}

async function createCheckoutSession(settings: StripeSettings, params: Record<string, string>, idempotencyKey: string): Promise<{ url: string }> {
  let res: Response;
  try {
    res = await fetch(`${settings.baseUrl}/v1/checkout/sessions`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${settings.secretKey}`,
        "Content-Type": "application/x-www-form-urlencoded",
        // Stripe dedupes retried POSTs by this key; a double-click must not open two sessions.
        "Idempotency-Key": idempotencyKey,
      },
      body: new URLSearchParams(params).toString(),
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    throw new ApiError(timedOut ? "timeout" : "upstream_error", timedOut ? "Stripe did not answer in time." : "Stripe could not be reached.");
  }
  const body = (await res.json().catch(() => ({}))) as { url?: unknown; error?: { message?: unknown } };
  if (!res.ok || typeof body.url !== "string") {
    const reason = typeof body.error?.message === "string" ? body.error.message : `HTTP ${res.status}`;
    throw new ApiError("upstream_error", `Stripe refused the checkout: ${reason}`);
  }
  return { url: body.url };
}

/** Minute-bucketed so a retry within the minute reuses the session and a later attempt gets a fresh one. */
const attemptKey = (...parts: string[]) => [...parts, Math.floor(Date.now() / 60_000)].join(":");

export function stripeBillingProvider(settings: StripeSettings): BillingProvider {
  const billingPage = `${config.publicUrl}/settings/billing`;
  return {
    name: "stripe",
    startCheckout: (workspaceId, plan) =>
      createCheckoutSession(
        settings,
        {
          mode: "subscription",
          client_reference_id: workspaceId,
          success_url: `${billingPage}?checkout=success`,
          cancel_url: `${billingPage}?checkout=cancelled`,
          "line_items[0][quantity]": "1",
          "line_items[0][price_data][currency]": "usd",
          "line_items[0][price_data][unit_amount]": String(planLimits[plan].priceCents),
          "line_items[0][price_data][recurring][interval]": "month",
          "line_items[0][price_data][product_data][name]": `Talksmith ${planLimits[plan].name}`,
          "metadata[workspaceId]": workspaceId,
          "metadata[plan]": plan,
        },
        attemptKey("plan", workspaceId, plan),
      ),
    recordPurchase: (workspaceId, listing) =>
      createCheckoutSession(
        settings,
        {
          mode: "payment",
          client_reference_id: workspaceId,
          success_url: `${config.publicUrl}/marketplace?listing=${encodeURIComponent(listing.id)}&purchase=success`,
          cancel_url: `${config.publicUrl}/marketplace?listing=${encodeURIComponent(listing.id)}`,
          "line_items[0][quantity]": "1",
          "line_items[0][price_data][currency]": "usd",
          "line_items[0][price_data][unit_amount]": String(listing.priceCents),
          "line_items[0][price_data][product_data][name]": listing.title,
          "metadata[workspaceId]": workspaceId,
          "metadata[listingId]": listing.id,
        },
        attemptKey("listing", workspaceId, listing.id),
      ),
  };
}
