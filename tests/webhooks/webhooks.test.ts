import { createRequire } from "node:module";
import { createServer } from "node:http";
import { createHmac } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../helpers/test-db";
import { api, json } from "../helpers/api";
import { makeKey, makeWorkspace, sessionCookieFor } from "../helpers/fixtures";
import { startReceiver } from "../helpers/receiver";
import { db } from "@/lib/db";
import { emitWebhookEvent } from "@/lib/webhooks/emit-webhook-event";
import { webhookEvents } from "@/lib/webhooks/events";
import { deliverDueWebhooks } from "@/lib/webhooks/deliver-due-webhooks";
import { deliverWebhook, DISABLE_AFTER_FAILURES } from "@/lib/webhooks/deliver-webhook";

const { verifyTalksmithWebhook } = createRequire(import.meta.url)("../helpers/verify-talksmith-webhook.cjs") as { verifyTalksmithWebhook: (body: string, sig: string, secret: string) => boolean };

let workspaceId: string;
let cookie: string;
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c()));
  await db.webhookEndpoint.deleteMany({ where: { workspaceId } });
});

beforeAll(async () => {
  await useTestDb();
  workspaceId = (await makeWorkspace("studio")).id;
  cookie = await sessionCookieFor(workspaceId);
});

async function addEndpoint(url: string, events: string[] = ["*"]) {
  const res = await api("POST", "/api/v1/webhooks", { cookie, body: { url, events } });
  expect(res.status).toBe(201);
  return json<{ id: string; secret: string }>(res);
}

async function emit(event: (typeof webhookEvents)[number], extra: Record<string, unknown> = {}) {
  await db.$transaction((tx) => emitWebhookEvent(tx, workspaceId, event, { job: { id: 42, title: "Client onboarding SOP", status: "review", kitId: "onboarding_kit" }, ...extra }));
}

/** Makes every pending delivery due now (instead of waiting out the backoff). */
const makeDue = () => db.webhookDelivery.updateMany({ where: { status: { in: ["pending", "sending"] } }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });

describe("webhook endpoints", () => {
  it("are session-only, generate whsec_ secrets, and reject bad input", async () => {
    const key = await makeKey(workspaceId);
    expect((await api("GET", "/api/v1/webhooks", { key })).status).toBe(403);
    const bad = await api("POST", "/api/v1/webhooks", { cookie, body: { url: "ftp://x.example" } });
    expect(bad.status).toBe(400);
    expect((await json<{ error: { param: string } }>(bad)).error.param).toBe("url");
    const r = await startReceiver();
    closers.push(r.close);
    const created = await addEndpoint(r.url, ["kit.generated"]);
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9]{32}$/);
    const stored = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.secretEncrypted).not.toContain(created.secret);
    const revealed = await json<{ secret: string }>(await api("GET", `/api/v1/webhooks/${created.id}/secret`, { cookie }));
    expect(revealed.secret).toBe(created.secret);
  });
});

describe("deliveries", () => {
  it("pass the seed's verifier byte for byte for every event type, with stable delivery ids", async () => {
    const r = await startReceiver();
    closers.push(r.close);
    const { secret } = await addEndpoint(r.url);
    for (const event of webhookEvents) await emit(event, event === "kit.generated" ? { kitId: "onboarding_kit", assetCount: 6 } : {});
    await deliverDueWebhooks();
    expect(r.received).toHaveLength(webhookEvents.length);
    for (const got of r.received) {
      const sig = got.headers["x-talksmith-signature"] as string;
      expect(verifyTalksmithWebhook(got.body, sig, secret)).toBe(true);
      expect(verifyTalksmithWebhook(got.body.replace("42", "43"), sig, secret)).toBe(false);
      expect(verifyTalksmithWebhook(got.body, sig, "whsec_wrong")).toBe(false);
      expect(got.headers["content-type"]).toBe("application/json");
      expect(got.headers["user-agent"]).toBe("Talksmith-Webhooks/1");
      expect(got.headers["x-talksmith-delivery"]).toMatch(/^c/);
      const body = JSON.parse(got.body);
      expect(got.headers["x-talksmith-event"]).toBe(body.event);
      expect(body).toMatchObject({ job: { id: 42, title: "Client onboarding SOP", status: "review", kitId: "onboarding_kit" } });
      expect(new Date(body.sentAt).toISOString()).toBe(body.sentAt);
    }
    const kit = JSON.parse(r.received.find((x) => x.headers["x-talksmith-event"] === "kit.generated")!.body);
    expect(kit).toEqual({ event: "kit.generated", sentAt: kit.sentAt, job: { id: 42, title: "Client onboarding SOP", status: "review", kitId: "onboarding_kit" }, kitId: "onboarding_kit", assetCount: 6 });
  });

  it("honour the events filter", async () => {
    const r = await startReceiver();
    closers.push(r.close);
    await addEndpoint(r.url, ["job.delivered"]);
    await emit("kit.generated");
    await emit("job.delivered");
    await deliverDueWebhooks();
    expect(r.received.map((x) => x.headers["x-talksmith-event"])).toEqual(["job.delivered"]);
  });

  it("sign with both secrets during a rotation (the old one last, for the seed verifier)", async () => {
    const r = await startReceiver();
    closers.push(r.close);
    const { id, secret: old } = await addEndpoint(r.url);
    const rotated = await json<{ secret: string }>(await api("POST", `/api/v1/webhooks/${id}/rotate-secret`, { cookie }));
    await emit("job.review");
    await deliverDueWebhooks();
    const got = r.received[0];
    const sig = got.headers["x-talksmith-signature"] as string;
    expect(verifyTalksmithWebhook(got.body, sig, old)).toBe(true);
    const t = /t=(\d+)/.exec(sig)![1];
    const v1s = [...sig.matchAll(/v1=([0-9a-f]+)/g)].map((m) => m[1]);
    expect(v1s).toHaveLength(2);
    expect(v1s).toContain(createHmac("sha256", rotated.secret).update(`${t}.${got.body}`).digest("hex"));
  });

  it("are never lost: a receiver down for several rounds gets every delivery once when it is back", async () => {
    const probe = await startReceiver();
    const url = probe.url;
    const port = probe.port;
    await probe.down();
    await addEndpoint(url);
    for (let i = 0; i < 3; i++) await emit("job.review", { n: i });
    for (let round = 0; round < 3; round++) {
      await deliverDueWebhooks();
      await makeDue();
    }
    expect(await db.webhookAttempt.count({ where: { workspaceId, statusCode: null } })).toBeGreaterThanOrEqual(9);
    const seen: string[] = [];
    const back = createServer((req, res) => {
      seen.push(req.headers["x-talksmith-delivery"] as string);
      req.resume();
      res.writeHead(204).end();
    });
    await new Promise<void>((resolve) => back.listen(port, "127.0.0.1", resolve));
    closers.push(() => new Promise((resolve) => back.close(() => resolve())));
    await deliverDueWebhooks();
    await makeDue();
    await deliverDueWebhooks();
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(3);
    expect(await db.webhookDelivery.count({ where: { workspaceId, status: "delivered" } })).toBe(3);
  });

  it.each([
    [500, "pending", true],
    [410, "failed", false],
    [404, "failed", true],
    [302, "pending", true],
  ] as const)("a receiver answering %i → %s (endpoint enabled: %s)", async (status, expected, enabled) => {
    const r = await startReceiver((_req, res) => res.writeHead(status, status === 302 ? { Location: "http://127.0.0.1:1/" } : {}).end("nope"));
    closers.push(r.close);
    const { id } = await addEndpoint(r.url);
    await emit("job.review");
    await deliverDueWebhooks();
    const d = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: id }, include: { attemptLog: true } });
    expect(d.status).toBe(expected);
    expect(d.attemptLog[0]).toMatchObject({ statusCode: status, responseExcerpt: status === 302 ? "nope" : "nope" });
    expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id } })).enabled).toBe(enabled);
    expect(r.received).toHaveLength(1);
  });

  it("429 with Retry-After waits at least that long", async () => {
    const r = await startReceiver((_req, res) => res.writeHead(429, { "Retry-After": "3600" }).end());
    closers.push(r.close);
    const { id } = await addEndpoint(r.url);
    await emit("job.review");
    const before = Date.now();
    await deliverDueWebhooks();
    const d = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: id } });
    expect(d.status).toBe("pending");
    expect(d.nextAttemptAt.getTime() - before).toBeGreaterThanOrEqual(3600_000);
  });

  it("a receiver that never answers times out and is retried", async () => {
    const r = await startReceiver(() => {});
    closers.push(r.close);
    const { id } = await addEndpoint(r.url);
    await emit("job.review");
    await deliverDueWebhooks({ timeoutMs: 300 });
    const d = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: id }, include: { attemptLog: true } });
    expect(d.status).toBe("pending");
    expect(d.attemptLog[0].error).toContain("Timed out");
  });

  it("gives up after about a day, and disables an endpoint after 15 failures in a row", async () => {
    const r = await startReceiver((_req, res) => res.writeHead(503).end());
    closers.push(r.close);
    const { id } = await addEndpoint(r.url);
    await emit("job.review");
    const d = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: id } });
    await db.webhookDelivery.update({ where: { id: d.id }, data: { createdAt: new Date(Date.now() - 25 * 3600_000) } });
    expect(await deliverWebhook(d.id)).toBe("give_up");
    await db.webhookEndpoint.update({ where: { id }, data: { consecutiveFailures: DISABLE_AFTER_FAILURES - 1 } });
    await emit("job.review");
    await deliverDueWebhooks();
    const endpoint = await db.webhookEndpoint.findUniqueOrThrow({ where: { id } });
    expect(endpoint.enabled).toBe(false);
    expect(endpoint.disabledReason).toContain("failed deliveries");
  });

  it("a state change whose transaction rolls back emits no webhook", async () => {
    const r = await startReceiver();
    closers.push(r.close);
    await addEndpoint(r.url);
    await expect(
      db.$transaction(async (tx) => {
        await emitWebhookEvent(tx, workspaceId, "job.review", { job: { id: 1 } });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await db.webhookDelivery.count({ where: { workspaceId } })).toBe(0);
  });

  it("two workers at once send each delivery once", async () => {
    const r = await startReceiver();
    closers.push(r.close);
    await addEndpoint(r.url);
    for (let i = 0; i < 6; i++) await emit("job.review", { n: i });
    await Promise.all([deliverDueWebhooks(), deliverDueWebhooks()]);
    expect(r.received).toHaveLength(6);
    expect(new Set(r.received.map((x) => x.headers["x-talksmith-delivery"])).size).toBe(6);
  });
});

describe("test button, log and replay", () => {
  it("test answers {ok:true,statusCode} or {ok:false,error}; the log shows attempts; replay sends again", async () => {
    const r = await startReceiver();
    closers.push(r.close);
    const { id, secret } = await addEndpoint(r.url);
    const ok = await json(await api("POST", `/api/v1/webhooks/${id}/test`, { cookie }));
    expect(ok).toEqual({ ok: true, statusCode: 200 });
    expect(r.received[0].body).toBe('{"event":"test"}');
    expect(verifyTalksmithWebhook(r.received[0].body, r.received[0].headers["x-talksmith-signature"] as string, secret)).toBe(true);

    await emit("job.review");
    await deliverDueWebhooks();
    const log = await json<{ data: { id: string; status: string; attemptLog: unknown[] }[] }>(await api("GET", `/api/v1/webhooks/${id}/deliveries`, { cookie }));
    expect(log.data[0]).toMatchObject({ status: "delivered" });
    expect(log.data[0].attemptLog).toHaveLength(1);
    const replay = await api("POST", `/api/v1/webhooks/${id}/deliveries/${log.data[0].id}/replay`, { cookie });
    expect(replay.status).toBe(202);
    await deliverDueWebhooks();
    expect(r.received.filter((x) => x.headers["x-talksmith-event"] === "job.review")).toHaveLength(2);

    await r.down();
    const down = await json<{ ok: boolean; error: string }>(await api("POST", `/api/v1/webhooks/${id}/test`, { cookie }));
    expect(down.ok).toBe(false);
    expect(down.error).toBeTruthy();
  });
});
