import { createServer } from "node:http";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { useTestDb } from "../helpers/test-db";
import { api, json } from "../helpers/api";
import { makeKey, makeWorkspace, sessionCookieFor } from "../helpers/fixtures";
import { db } from "@/lib/db";
import { currentPeriod } from "@/lib/usage/current-period";
import { recordUsage } from "@/lib/usage/record-usage";
import { getBillingProvider } from "@/lib/billing/billing-provider";

let studio: { id: string };
let key: string;
let cookie: string;

beforeAll(async () => {
  await useTestDb();
  studio = await makeWorkspace("studio");
  key = await makeKey(studio.id);
  cookie = await sessionCookieFor(studio.id);
});

describe("themes", () => {
  it.each(["backgroundColor", "patternColor", "accentColor", "textColor"])("a bad hex in %s → 400 with that param", async (field) => {
    for (const bad of ["red", "#fff", "#12345g", "123456"]) {
      const res = await api("POST", "/api/v1/themes", { key, body: { name: "Bad", [field]: bad } });
      expect(res.status).toBe(400);
      expect((await json<{ error: { param: string } }>(res)).error.param).toBe(field);
    }
  });

  it("fill from the preset, keep exactly one default, and promote another when it is deleted", async () => {
    const a = await json<{ id: string; isDefault: boolean; backgroundColor: string; fontFamily: string }>(await api("POST", "/api/v1/themes", { key, body: { name: "Night", preset: "midnight" } }));
    expect(a).toMatchObject({ isDefault: true, backgroundColor: "#0f172a" });
    const b = await json<{ id: string }>(await api("POST", "/api/v1/themes", { key, body: { name: "Paper", preset: "paper", accentColor: "#112233", isDefault: true } }));
    const all = await json<{ data: { id: string; isDefault: boolean; accentColor: string }[] }>(await api("GET", "/api/v1/themes", { key }));
    expect(all.data.filter((t) => t.isDefault).map((t) => t.id)).toEqual([b.id]);
    expect(all.data.find((t) => t.id === b.id)!.accentColor).toBe("#112233");
    expect((await json<{ id: string }>(await api("GET", "/api/v1/theme", { key }))).id).toBe(b.id);
    await api("DELETE", `/api/v1/themes/${b.id}`, { key });
    expect((await json<{ id: string }>(await api("GET", "/api/v1/theme", { key }))).id).toBe(a.id);
    const put = await json<{ id: string; textColor: string }>(await api("PUT", "/api/v1/theme", { key, body: { name: "Night 2", preset: "midnight", textColor: "#eeeeee" } }));
    expect(put).toMatchObject({ id: a.id, textColor: "#eeeeee" });
    const readOnly = await makeKey(studio.id, ["jobs:read"]);
    expect((await api("POST", "/api/v1/themes", { key: readOnly, body: { name: "x" } })).status).toBe(403);
  });
});

describe("plan gates", () => {
  it.each([
    ["free", "GET", "/api/v1/jobs", undefined, 403, "plan_required"],
    ["pro", "GET", "/api/v1/brand-profiles", undefined, 403, "scope_required"],
    ["pro", "GET", "/api/v1/marketplace/listings", undefined, 403, "scope_required"],
    ["pro", "POST", "/api/v1/jobs", { title: "x", outputLanguage: "es" }, 400, "invalid_request"],
  ] as const)("%s: %s %s → %s %s", async (plan, method, path, body, status, code) => {
    const ws = await makeWorkspace(plan);
    const k = await makeKey(ws.id, plan === "pro" ? undefined : ["jobs:read"]);
    const res = await api(method, path, { key: k, body });
    expect(res.status).toBe(status);
    const err = (await json<{ error: { code: string; message: string } }>(res)).error;
    expect(err.code).toBe(code);
  });

  it("free workspaces get plan_required naming the plan for non-English output, brand and marketplace; sessions too", async () => {
    const free = await makeWorkspace("free");
    const freeCookie = await sessionCookieFor(free.id, "free-owner");
    const es = await api("POST", "/api/v1/jobs", { cookie: freeCookie, body: { title: "x", outputLanguage: "es" } });
    expect(es.status).toBe(403);
    expect((await json<{ error: { message: string } }>(es)).error.message).toContain("Pro");
    const brand = await api("POST", "/api/v1/brand-profiles", { cookie: freeCookie, body: { name: "x" } });
    expect(brand.status).toBe(403);
    expect((await json<{ error: { message: string } }>(brand)).error.message).toContain("Studio");
    const keyRes = await api("POST", "/api/v1/api-keys", { cookie: freeCookie, body: { name: "CI" } });
    expect(keyRes.status).toBe(403);
    expect((await json<{ error: { code: string } }>(keyRes)).error.code).toBe("plan_required");
  });

  it("usage over the monthly limit → 402 insufficient_credits naming the upgrade", async () => {
    const pro = await makeWorkspace("pro");
    const k = await makeKey(pro.id);
    await db.$transaction((tx) => recordUsage(tx, pro.id, "kits_generated", 100));
    const job = await db.job.create({ data: { workspaceId: pro.id, title: "t", status: "transcribed", kitId: "onboarding_kit" } });
    const res = await api("POST", `/api/v1/jobs/${job.id}/generate-kit`, { key: k, body: { kitId: "onboarding_kit" } });
    expect(res.status).toBe(402);
    expect((await json<{ error: { code: string; message: string } }>(res)).error.message).toContain("Studio");
    const status = await json<{ usage: { kitsGenerated: number }; limits: { kitsGenerated: number }; plan: string }>(await api("GET", "/api/v1/billing/status", { key: k }));
    expect(status).toMatchObject({ plan: "pro", usage: { kitsGenerated: 100 }, limits: { kitsGenerated: 100 } });
  });

  it("billing periods roll over monthly from the anchor day", () => {
    const anchor = new Date("2026-01-31T10:00:00Z");
    expect(currentPeriod(anchor, new Date("2026-03-15T00:00:00Z")).start.toISOString()).toBe("2026-02-28T10:00:00.000Z");
    expect(currentPeriod(anchor, new Date("2026-03-31T11:00:00Z")).start.toISOString()).toBe("2026-03-31T10:00:00.000Z");
    const p = currentPeriod(new Date("2026-05-10T00:00:00Z"), new Date("2026-11-24T00:00:00Z"));
    expect([p.start.toISOString(), p.end.toISOString()]).toEqual(["2026-11-10T00:00:00.000Z", "2026-12-10T00:00:00.000Z"]);
  });

  it("local billing switches the plan at once; Stripe gets a Checkout Session request", async () => {
    const ws = await makeWorkspace("free");
    const c = await sessionCookieFor(ws.id, "switcher");
    expect(await json(await api("POST", "/api/v1/billing/checkout", { cookie: c, body: { plan: "pro" } }))).toEqual({ switched: true });
    expect((await db.workspace.findUniqueOrThrow({ where: { id: ws.id } })).plan).toBe("pro");

    let seen: { path?: string; auth?: string; body?: string } = {};
    const stripe = createServer((req, res) => {
      let body = "";
      req.on("data", (d) => (body += d));
      req.on("end", () => {
        seen = { path: req.url, auth: req.headers.authorization, body };
        res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ id: "cs_test_1", url: "https://checkout.stripe.test/c/cs_test_1" }));
      });
    });
    await new Promise<void>((r) => stripe.listen(0, "127.0.0.1", r));
    vi.stubEnv("STRIPE_SECRET_KEY", "sk_test_123");
    vi.stubEnv("STRIPE_BASE_URL", `http://127.0.0.1:${(stripe.address() as { port: number }).port}`);
    try {
      const out = await getBillingProvider().startCheckout(ws.id, "studio");
      expect(out).toEqual({ url: "https://checkout.stripe.test/c/cs_test_1" });
      expect(seen.path).toBe("/v1/checkout/sessions");
      expect(seen.auth).toBe("Bearer sk_test_123");
      const form = new URLSearchParams(seen.body);
      expect(form.get("mode")).toBe("subscription");
      expect(form.get("client_reference_id")).toBe(ws.id);
      expect(form.get("line_items[0][price_data][unit_amount]")).toBe("9900");
      expect(form.get("metadata[plan]")).toBe("studio");
    } finally {
      vi.unstubAllEnvs();
      stripe.close();
    }
  });
});

describe("brand profiles", () => {
  it("derive a DNS hint, read with brand:read, and check logos", async () => {
    const created = await json<{ id: string; dnsHint: string }>(await api("POST", "/api/v1/brand-profiles", { cookie, body: { name: "Agency", customHost: "docs.client.com", accentColor: "#123456" } }));
    expect(created.dnsHint).toBe("CNAME docs.client.com → cname.127.0.0.1");
    expect((await api("POST", "/api/v1/brand-profiles", { cookie, body: { name: "Bad", customHost: "not a host" } })).status).toBe(400);
    const listed = await json<{ data: { id: string }[] }>(await api("GET", "/api/v1/brand-profiles", { key }));
    expect(listed.data.map((b) => b.id)).toContain(created.id);

    const upload = (body: Buffer | string) => api("POST", `/api/v1/brand-profiles/${created.id}/logo`, { cookie, rawBody: typeof body === "string" ? body : new Uint8Array(body), headers: { "content-type": "application/octet-stream" } });
    const evil = await upload('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)"><rect width="10" height="10"/></a></svg>');
    expect(evil.status).toBe(200);
    const logo = await (await api("GET", `/api/v1/brand-profiles/${created.id}/logo`, { key })).text();
    expect(logo).toContain("<rect");
    expect(logo).not.toMatch(/script|onload|javascript:/i);
    expect((await upload(Buffer.alloc(3 * 1024 * 1024, 1))).status).toBe(413);
    expect((await upload("just some text, not an image")).status).toBe(415);
    expect((await upload(Buffer.alloc(0))).status).toBe(400);
  });
});
