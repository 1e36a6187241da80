// Billing sits behind one interface: Stripe Checkout when STRIPE_SECRET_KEY is set; otherwise
// the local provider switches plans and records purchases at once (demo, self-hosting).
import type { PlanId } from "@/lib/plans/plans";

export interface PaidListing {
  id: string;
  title: string;
  priceCents: number;
}

export type CheckoutResult = { url: string } | { switched: true };
export type PurchaseResult = { url: string } | { recorded: true };

export interface BillingProvider {
  readonly name: "local" | "stripe";
  /** A plan change: a hosted checkout URL to send the owner to, or an immediate switch. */
  startCheckout(workspaceId: string, plan: PlanId): Promise<CheckoutResult>;
  /** A paid marketplace listing: a checkout URL, or the MarketplacePurchase already recorded. */
  recordPurchase(workspaceId: string, listing: PaidListing): Promise<PurchaseResult>;
}

// Kept here too because the billing routes import it from this file.
export { getBillingProvider } from "./get-billing-provider";
