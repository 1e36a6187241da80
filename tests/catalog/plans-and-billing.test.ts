import { createServer, type IncomingHttpHeaders } from "node:http";
import { createHmac } from "node:crypto";
import type { AddressInfo } from "node:net";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { useTestDb } from "../helpers/test-db";
import { api, json } from "../helpers/api";
import { makeKey, makeWorkspace, sessionCookieFor } from "../helpers/fixtures";
import { db } from "@/lib/db";
import { plans, type PlanId } from "@/lib/plans/plans";
import { assertPlanAllows } from "@/lib/billing/assert-plan-allows";
import { planFeatures, type PlanFeature } from "@/lib/billing/plan-features";
import { getBillingStatus } from "@/lib/billing/get-billing-status";
import { getBillingProvider } from "@/lib/billing/get-billing-provider";
import { handleStripeEvent } from "@/lib/billing/handle-stripe-event";
import { currentPeriod } from "@/lib/usage/current-period";
import { recordUsage } from "@/lib/usage/record-usage";
import { getUsage } from "@/lib/usage/get-usage";
import { getUsageSeries } from "@/lib/usage/get-usage-series";
import { assertWithinLimit } from "@/lib/usage/assert-within-limit";

beforeAll(async () => {
  await useTestDb();
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe("plan gates", () => {
  const unlockedBy: Record<PlanFeature, PlanId> = { apiAccess: "pro", nonEnglishOutput: "pro", publish: "pro", marketplace: "studio", brand: "studio" };
  const rows = plans.flatMap((plan) => planFeatures.map((feature) => [plan, feature, plans.indexOf(plan) >= plans.indexOf(unlockedBy[feature])] as const));

  it.each(rows)("%s workspace, %s → allowed: %s", (plan, feature, allowed) => {
    const check = () => assertPlanAllows({ plan }, feature);
    if (allowed) expect(check).not.toThrow();
    else expect(check).toThrow(expect.objectContaining({ code: "plan_required", status: 403, message: expect.stringContaining(`requires the ${unlockedBy[feature] === "pro" ? "Pro" : "Studio"} plan`) }));
  });

  it.each([
    ["free", "an API key", async (ws: { id: string }) => api("POST", "/api/v1/api-keys", { cookie: await sessionCookieFor(ws.id, `owner-${ws.id}`), body: { name: "CI" } })],
    ["free", "a request with an API key", async (ws: { id: string }) => api("GET", "/api/v1/kits", { key: await makeKey(ws.id, ["jobs:read"]) })],
    ["pro", "a brand profile", async (ws: { id: string }) => api("POST", "/api/v1/brand-profiles", { cookie: await sessionCookieFor(ws.id, `owner-${ws.id}`), body: { name: "Agency" } })],
    ["pro", "the marketplace", async (ws: { id: string }) => api("POST", "/api/v1/marketplace/listings", { cookie: await sessionCookieFor(ws.id, `owner-${ws.id}`), body: { kitId: "x", title: "xxx", description: "xxxxxxxxxxxx", category: "Sales" } })],
  ] as const)("the API refuses a %s workspace %s with 403 plan_required", async (plan, _what, call) => {
    const res = await call(await makeWorkspace(plan));
    expect(res.status).toBe(403);
    expect((await json<{ error: { code: string } }>(res)).error.code).toBe("plan_required");
  });
});

describe("usage and credits", () => {
  const now = new Date("2026-06-20T12:00:00Z");
  const workspaceAt = async (plan: PlanId) => db.workspace.update({ where: { id: (await makeWorkspace(plan)).id }, data: { periodStart: new Date("2026-01-15T00:00:00Z") } });

  it.each([
    ["free", "minutes_transcribed", 60, "Upgrade to Pro"],
    ["free", "kits_generated", 5, "Upgrade to Pro"],
    ["pro", "minutes_transcribed", 600, "Upgrade to Studio"],
    ["pro", "kits_generated", 100, "Upgrade to Studio"],
  ] as const)("%s: %s beyond %d a month → 402 insufficient_credits (%s)", async (plan, metric, limit, upgrade) => {
    const ws = await workspaceAt(plan);
    await recordUsage(db, ws.id, metric, limit - 1, undefined, now);
    await expect(assertWithinLimit(ws.id, metric, 1, now)).resolves.toBeUndefined();
    await expect(assertWithinLimit(ws.id, metric, 1.5, now)).rejects.toMatchObject({ code: "insufficient_credits", status: 402, message: expect.stringContaining(upgrade) });
  });

  it("the Studio plan at its limit has nothing to upgrade to and says when it resets", async () => {
    const ws = await workspaceAt("studio");
    await recordUsage(db, ws.id, "kits_generated", 1000, undefined, now);
    await expect(assertWithinLimit(ws.id, "kits_generated", 1, now)).rejects.toMatchObject({ code: "insufficient_credits", message: expect.stringContaining("resets") });
  });

  it("billing periods roll over monthly from the anchor, clamped to short months", () => {
    const anchor = new Date("2026-01-31T10:00:00Z");
    const period = (at: string) => Object.values(currentPeriod({ periodStart: anchor }, new Date(at))).map((d) => d.toISOString());
    expect(period("2026-01-31T10:00:00Z")).toEqual(["2026-01-31T10:00:00.000Z", "2026-02-28T10:00:00.000Z"]);
    expect(period("2026-02-28T09:59:59Z")).toEqual(["2026-01-31T10:00:00.000Z", "2026-02-28T10:00:00.000Z"]);
    expect(period("2026-03-15T00:00:00Z")).toEqual(["2026-02-28T10:00:00.000Z", "2026-03-31T10:00:00.000Z"]);
    expect(period("2026-12-31T11:00:00Z")).toEqual(["2026-12-31T10:00:00.000Z", "2027-01-31T10:00:00.000Z"]);
    expect(period("2027-01-05T00:00:00Z")).toEqual(["2026-12-31T10:00:00.000Z", "2027-01-31T10:00:00.000Z"]);
  });

  it("last period's usage does not count in this one", async () => {
    const ws = await workspaceAt("free");
    await recordUsage(db, ws.id, "minutes_transcribed", 59, undefined, new Date("2026-06-14T23:59:00Z"));
    await recordUsage(db, ws.id, "minutes_transcribed", 2.5, undefined, new Date("2026-06-15T00:00:00Z"));
    await db.$transaction((tx) => recordUsage(tx, ws.id, "kits_generated", 1, undefined, now));
    expect((await getUsage(ws.id, new Date("2026-06-14T23:59:30Z"))).totals.minutes_transcribed).toBe(59);
    expect((await getUsage(ws.id, now)).totals).toEqual({ minutes_transcribed: 2.5, kits_generated: 1, renders: 0, api_calls: 0 });
    await expect(assertWithinLimit(ws.id, "minutes_transcribed", 50, now)).resolves.toBeUndefined();
  });

  it("billing status reports plan, period, usage and limits with the same camelCase keys", async () => {
    const ws = await workspaceAt("pro");
    await recordUsage(db, ws.id, "renders", 3, undefined, now);
    await recordUsage(db, ws.id, "minutes_transcribed", 12.345, undefined, now);
    expect(await getBillingStatus(ws.id, now)).toEqual({
      plan: "pro",
      planName: "Pro",
      period: { start: "2026-06-15T00:00:00.000Z", end: "2026-07-15T00:00:00.000Z" },
      usage: { minutesTranscribed: 12.35, kitsGenerated: 0, renders: 3, apiCalls: 0 },
      limits: { minutesTranscribed: 600, kitsGenerated: 100, renders: 500, apiCalls: 50_000, maxUploadBytes: 1024 * 1024 * 1024, apiAccess: true, nonEnglishOutput: true, publish: true, marketplace: false, brand: false, seats: 3 },
    });
    await expect(getBillingStatus("no-such-workspace")).rejects.toMatchObject({ code: "not_found" });
  });

  it("the daily series covers every day of the period, zeros included", async () => {
    const ws = await workspaceAt("pro");
    await recordUsage(db, ws.id, "minutes_transcribed", 4, undefined, new Date("2026-06-16T08:00:00Z"));
    await recordUsage(db, ws.id, "minutes_transcribed", 1.25, undefined, new Date("2026-06-16T20:00:00Z"));
    await recordUsage(db, ws.id, "kits_generated", 9, undefined, new Date("2026-06-16T20:00:00Z"));
    const series = await getUsageSeries(ws.id, "minutes_transcribed", now);
    expect(series).toHaveLength(30);
    expect(series[0]).toEqual({ day: "2026-06-15", value: 0 });
    expect(series[1]).toEqual({ day: "2026-06-16", value: 5.25 });
    expect(series.at(-1)?.day).toBe("2026-07-14");
  });

  it("usage of an unknown workspace is a 404, and negative quantities are refused", async () => {
    await expect(getUsage("nope")).rejects.toMatchObject({ code: "not_found" });
    const ws = await makeWorkspace();
    await expect(recordUsage(db, ws.id, "renders", -1)).rejects.toThrow(RangeError);
  });
});

describe("billing providers", () => {
  it("local billing switches the plan at once and records purchases", async () => {
    const ws = await makeWorkspace("free");
    const provider = getBillingProvider();
    expect(provider.name).toBe("local");
    expect(await provider.startCheckout(ws.id, "pro")).toEqual({ switched: true });
    expect((await db.workspace.findUniqueOrThrow({ where: { id: ws.id } })).plan).toBe("pro");
  });

  async function fakeStripe(respond: (req: { method?: string; url?: string; headers: IncomingHttpHeaders; body: string }) => [number, unknown]) {
    const seen: { method?: string; url?: string; headers: IncomingHttpHeaders; body: string }[] = [];
    const server = createServer((req, res) => {
      let body = "";
      req.on("data", (d: Buffer) => (body += d.toString()));
      req.on("end", () => {
        const request = { method: req.method, url: req.url, headers: req.headers, body };
        seen.push(request);
        const [status, payload] = respond(request);
        res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(payload));
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    vi.stubEnv("STRIPE_SECRET_KEY", "sk_test_123");
    vi.stubEnv("STRIPE_BASE_URL", `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return { seen, close: () => new Promise<void>((r) => server.close(() => r())) };
  }

  it("Stripe receives a form-encoded Checkout Session for a plan, with the secret key as Bearer", async () => {
    const ws = await makeWorkspace("free");
    const stripe = await fakeStripe(() => [200, { id: "cs_test_1", object: "checkout.session", url: "https://checkout.stripe.test/c/cs_test_1" }]);
    try {
      const provider = getBillingProvider();
      expect(provider.name).toBe("stripe");
      expect(await provider.startCheckout(ws.id, "studio")).toEqual({ url: "https://checkout.stripe.test/c/cs_test_1" });
      const [req] = stripe.seen;
      expect(req.method).toBe("POST");
      expect(req.url).toBe("/v1/checkout/sessions");
      expect(req.headers.authorization).toBe("Bearer sk_test_123");
      expect(req.headers["content-type"]).toBe("application/x-www-form-urlencoded");
      expect(req.headers["idempotency-key"]).toMatch(new RegExp(`^plan:${ws.id}:studio:\\d+$`));
      expect(Object.fromEntries(new URLSearchParams(req.body))).toEqual({
        mode: "subscription",
        client_reference_id: ws.id,
        success_url: "http://127.0.0.1:3000/settings/billing?checkout=success",
        cancel_url: "http://127.0.0.1:3000/settings/billing?checkout=cancelled",
        "line_items[0][quantity]": "1",
        "line_items[0][price_data][currency]": "usd",
        "line_items[0][price_data][unit_amount]": "9900",
        "line_items[0][price_data][recurring][interval]": "month",
        "line_items[0][price_data][product_data][name]": "Talksmith Studio",
        "metadata[workspaceId]": ws.id,
        "metadata[plan]": "studio",
      });
      // The plan changes only when Stripe reports the paid session.
      expect((await db.workspace.findUniqueOrThrow({ where: { id: ws.id } })).plan).toBe("free");
    } finally {
      await stripe.close();
    }
  });

  it("a paid listing becomes a one-off payment session; Stripe errors become upstream_error", async () => {
    const ws = await makeWorkspace("studio");
    const stripe = await fakeStripe((req) => (new URLSearchParams(req.body).get("mode") === "payment" ? [200, { url: "https://checkout.stripe.test/pay" }] : [402, { error: { message: "Your card was declined." } }]));
    try {
      const provider = getBillingProvider();
      expect(await provider.recordPurchase(ws.id, { id: "lst_1", title: "Sales pack", priceCents: 1900 })).toEqual({ url: "https://checkout.stripe.test/pay" });
      const form = new URLSearchParams(stripe.seen[0].body);
      expect([form.get("mode"), form.get("line_items[0][price_data][unit_amount]"), form.get("line_items[0][price_data][product_data][name]"), form.get("metadata[listingId]")]).toEqual(["payment", "1900", "Sales pack", "lst_1"]);
      expect(form.has("line_items[0][price_data][recurring][interval]")).toBe(false);
      await expect(provider.startCheckout(ws.id, "pro")).rejects.toMatchObject({ code: "upstream_error", message: expect.stringContaining("Your card was declined.") });
    } finally {
      await stripe.close();
    }
  });

  it("Stripe's checkout.session.completed event, correctly signed, switches the plan or records the purchase", async () => {
    const ws = await makeWorkspace("free");
    const secret = "whsec_test";
    const at = new Date("2026-06-01T00:00:00Z");
    const sign = (body: string, t = Math.floor(at.getTime() / 1000)) => `t=${t},v1=${createHmac("sha256", secret).update(`${t}.${body}`).digest("hex")}`;
    const planEvent = JSON.stringify({ type: "checkout.session.completed", data: { object: { id: "cs_1", metadata: { workspaceId: ws.id, plan: "pro" } } } });
    await expect(handleStripeEvent(planEvent, sign(planEvent).replace(/v1=./, "v1=0"), secret, at)).rejects.toMatchObject({ code: "invalid_request" });
    await expect(handleStripeEvent(planEvent, sign(planEvent, 1_000), secret, at)).rejects.toMatchObject({ code: "invalid_request" });
    expect((await db.workspace.findUniqueOrThrow({ where: { id: ws.id } })).plan).toBe("free");
    expect(await handleStripeEvent(planEvent, sign(planEvent), secret, at)).toEqual({ handled: true });
    expect((await db.workspace.findUniqueOrThrow({ where: { id: ws.id } })).plan).toBe("pro");

    const author = await makeWorkspace("studio");
    const listing = await db.marketplaceListing.create({ data: { workspaceId: author.id, title: "Paid", description: "A paid listing", category: "Sales", priceCents: 500, template: {} } });
    const purchaseEvent = JSON.stringify({ type: "checkout.session.completed", data: { object: { id: "cs_2", amount_total: 500, metadata: { workspaceId: ws.id, listingId: listing.id } } } });
    expect(await handleStripeEvent(purchaseEvent, sign(purchaseEvent), secret, at)).toEqual({ handled: true });
    expect(await db.marketplacePurchase.findMany({ where: { workspaceId: ws.id }, select: { provider: true, reference: true, priceCents: true } })).toEqual([{ provider: "stripe", reference: "cs_2", priceCents: 500 }]);
  });
});
