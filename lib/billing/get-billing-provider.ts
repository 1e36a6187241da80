import { config } from "@/lib/config";
import type { BillingProvider } from "./billing-provider";
import { localBillingProvider } from "./local-billing-provider";
import { stripeBillingProvider } from "./stripe-billing-provider";

/** Stripe when STRIPE_SECRET_KEY is set, else local; read per call so tests can switch it. */
export function getBillingProvider(): BillingProvider {
  const stripe = config.stripe;
  return stripe ? stripeBillingProvider(stripe) : localBillingProvider();
}
