// Billing behind one interface: Stripe Checkout when STRIPE_SECRET_KEY is set; otherwise the
// local provider switches plans and records purchases at once (demo, self-hosting).
import { db } from "@/lib/db";
import { config } from "@/lib/config";
import { planLimits, type PlanId } from "@/lib/plans/plans";

export interface BillingProvider {
  name: "local" | "stripe";
  startCheckout(workspaceId: string, plan: PlanId): Promise<{ url: string } | { switched: true }>;
  recordPurchase(p: { workspaceId: string; listingId: string; priceCents: number; title: string }): Promise<{ url: string } | { recorded: true }>;
}

const localProvider: BillingProvider = {
  name: "local",
  async startCheckout(workspaceId, plan) {
    await db.workspace.update({ where: { id: workspaceId }, data: { plan } });
    return { switched: true };
  },
  async recordPurchase(p) {
    await db.marketplacePurchase.upsert({ where: { workspaceId_listingId: { workspaceId: p.workspaceId, listingId: p.listingId } }, update: {}, create: { workspaceId: p.workspaceId, listingId: p.listingId, priceCents: p.priceCents, provider: "local" } });
    return { recorded: true };
  },
};

function stripeProvider(settings: { secretKey: string; baseUrl: string }): BillingProvider {
  const session = async (params: Record<string, string>) => {
    const res = await fetch(`${settings.baseUrl}/v1/checkout/sessions`, {
      method: "POST",
      headers: { Authorization: `Bearer ${settings.secretKey}`, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(params).toString(),
      signal: AbortSignal.timeout(15_000),
    });
    const body = (await res.json()) as { url?: string; error?: { message?: string } };
    if (!res.ok || !body.url) throw new Error(`Stripe refused the checkout: ${body.error?.message ?? res.status}`);
    return { url: body.url };
  };
  const back = `${config.publicUrl}/settings/billing`;
  return {
    name: "stripe",
    startCheckout: (workspaceId, plan) =>
      session({
        mode: "subscription",
        client_reference_id: workspaceId,
        success_url: `${back}?checkout=success`,
        cancel_url: `${back}?checkout=cancelled`,
        "line_items[0][quantity]": "1",
        "line_items[0][price_data][currency]": "usd",
        "line_items[0][price_data][unit_amount]": String(planLimits[plan].priceCents),
        "line_items[0][price_data][recurring][interval]": "month",
        "line_items[0][price_data][product_data][name]": `Talksmith ${planLimits[plan].name}`,
        "metadata[workspaceId]": workspaceId,
        "metadata[plan]": plan,
      }),
    recordPurchase: (p) =>
      session({
        mode: "payment",
        client_reference_id: p.workspaceId,
        success_url: `${config.publicUrl}/marketplace/${p.listingId}?purchase=success`,
        cancel_url: `${config.publicUrl}/marketplace/${p.listingId}`,
        "line_items[0][quantity]": "1",
        "line_items[0][price_data][currency]": "usd",
        "line_items[0][price_data][unit_amount]": String(p.priceCents),
        "line_items[0][price_data][product_data][name]": p.title,
        "metadata[workspaceId]": p.workspaceId,
        "metadata[listingId]": p.listingId,
      }),
  };
}

export function getBillingProvider(): BillingProvider {
  const stripe = config.stripe;
  return stripe ? stripeProvider(stripe) : localProvider;
}
