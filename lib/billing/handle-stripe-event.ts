// Stripe's webhook is what makes a Checkout real: `checkout.session.completed` switches the plan
// or records the listing purchase that the session's metadata names.
import { createHmac, timingSafeEqual } from "node:crypto";
import { db } from "@/lib/db";
import { ApiError } from "@/lib/api/errors";
import { plans, type PlanId } from "@/lib/plans/plans";

const TOLERANCE_SEC = 300;

function verifySignature(rawBody: string, header: string | null, secret: string, now: Date) {
  const parts = (header ?? "").split(",").map((p) => p.trim().split("="));
  const t = Number(parts.find(([k]) => k === "t")?.[1]);
  const signatures = parts.filter(([k]) => k === "v1").map(([, v]) => v ?? "");
  if (!t || !signatures.length || Math.abs(now.getTime() / 1000 - t) > TOLERANCE_SEC) return false;
  const expected = Buffer.from(createHmac("sha256", secret).update(`${t}.${rawBody}`).digest("hex"));
  return signatures.some((s) => s.length === expected.length && timingSafeEqual(Buffer.from(s), expected));
}

interface CheckoutSession {
  id: string;
  amount_total?: number | null;
  metadata?: Record<string, string> | null;
}

/** Verifies Stripe-Signature and applies a completed checkout; other events are acknowledged and ignored. */
export async function handleStripeEvent(rawBody: string, signatureHeader: string | null, webhookSecret: string, now: Date = new Date()): Promise<{ handled: boolean }> {
  if (!verifySignature(rawBody, signatureHeader, webhookSecret, now)) throw new ApiError("invalid_request", "The Stripe signature does not match.", { param: "Stripe-Signature" });
  const event = JSON.parse(rawBody) as { type?: string; data?: { object?: CheckoutSession } };
  const session = event.data?.object;
  if (event.type !== "checkout.session.completed" || !session?.metadata?.workspaceId) return { handled: false };
  const { workspaceId, plan, listingId } = session.metadata;
  if (plan && (plans as readonly string[]).includes(plan)) {
    await db.workspace.updateMany({ where: { id: workspaceId }, data: { plan: plan as PlanId } });
    return { handled: true };
  }
  if (listingId) {
    await db.marketplacePurchase.upsert({
      where: { workspaceId_listingId: { workspaceId, listingId } },
      update: {},
      create: { workspaceId, listingId, priceCents: session.amount_total ?? 0, provider: "stripe", reference: session.id },
    });
    return { handled: true };
  }
  return { handled: false };
}
