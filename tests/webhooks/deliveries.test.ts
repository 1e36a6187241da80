import { createHmac } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds, useTestDb } from "../helpers/test-db";
import { db } from "@/lib/db";
import { webhookEvents } from "@/lib/webhooks/events";
import { emitWebhookEvent } from "@/lib/webhooks/emit-webhook-event";
import { deliverDueWebhooks } from "@/lib/webhooks/deliver-due-webhooks";
import { deliverWebhook } from "@/lib/webhooks/deliver-webhook";
import { attemptClaimedDelivery } from "@/lib/webhooks/attempt-claimed-delivery";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-webhook-secret";
import { expirePreviousWebhookSecret } from "@/lib/webhooks/expire-previous-webhook-secret";
import { DISABLE_AFTER_FAILED_DELIVERIES, RETRY_WINDOW_MS } from "@/lib/webhooks/retry-policy";
import { startReceiver, verifyTalksmithWebhook, type Receiver } from "./receiver";
import { addEndpoint, emit, inProductionMode, job, makeWorkspace } from "./setup";

let workspaceId: string;
const receivers: Receiver[] = [];
const receiver = async (...args: Parameters<typeof startReceiver>) => {
  const r = await startReceiver(...args);
  receivers.push(r);
  return r;
};


const hours = (h: number, from: Date) => new Date(from.getTime() + h * 3600_000);
const deliveriesOf = (endpointId: string) => db.webhookDelivery.findMany({ where: { endpointId }, include: { attemptLog: { orderBy: { number: "asc" } } }, orderBy: { createdAt: "asc" } });

// The whole suite runs on PGlite and, when TEST_DATABASE_URL is set, on PostgreSQL, where
// concurrent claims really race (FOR UPDATE SKIP LOCKED) and timestamps cross a real driver.
describe.each(databaseKinds())("webhook deliveries on %s", (kind) => {
  let close: () => Promise<void>;
  beforeAll(async () => {
    close = (await useTestDb(kind)).close;
    workspaceId = (await makeWorkspace()).id;
  });
  afterAll(() => close());

  afterEach(async () => {
    await Promise.all(receivers.splice(0).map((r) => r.close()));
    await db.webhookEndpoint.deleteMany({ where: { workspaceId } });
  });

  describe("signed deliveries", () => {
    it("pass the seed's verifier for every event type; a tampered body or a wrong secret fails it", async () => {
      const r = await receiver();
      const { secret } = await addEndpoint(workspaceId, r.url);
      for (const event of webhookEvents) await emit(workspaceId, event, event === "kit.generated" ? { kitId: "onboarding_kit", assetCount: 6 } : {});
      expect(await deliverDueWebhooks()).toMatchObject({ claimed: webhookEvents.length, delivered: webhookEvents.length });

      expect(r.received.map((x) => x.event).sort()).toEqual([...webhookEvents].sort());
      for (const got of r.received) {
        expect(got.signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
        expect(verifyTalksmithWebhook(got.body, got.signature, secret)).toBe(true);
        expect(verifyTalksmithWebhook(got.body.replace('"id":42', '"id":43'), got.signature, secret)).toBe(false);
        expect(verifyTalksmithWebhook(`${got.body} `, got.signature, secret)).toBe(false);
        expect(verifyTalksmithWebhook(got.body, got.signature, "whsec_someoneelsessecret000000000000")).toBe(false);
        expect(got.headers["content-type"]).toBe("application/json");
        expect(got.headers["user-agent"]).toBe("Talksmith-Webhooks/1");
        const body = JSON.parse(got.body) as { event: string; sentAt: string; job: unknown };
        expect(got.event).toBe(body.event);
        expect(Object.keys(body).slice(0, 3)).toEqual(["event", "sentAt", "job"]);
        expect(body.job).toEqual(job);
        expect(new Date(body.sentAt).toISOString()).toBe(body.sentAt);
      }
      const kit = r.received.find((x) => x.event === "kit.generated")!;
      expect(JSON.parse(kit.body)).toEqual({ event: "kit.generated", sentAt: JSON.parse(kit.body).sentAt, job, kitId: "onboarding_kit", assetCount: 6 });
      const ids = await db.webhookDelivery.findMany({ where: { workspaceId }, select: { id: true } });
      expect(new Set(r.received.map((x) => x.deliveryId))).toEqual(new Set(ids.map((d) => d.id)));
    });

    it("go only to enabled endpoints subscribed to the event", async () => {
      const r = await receiver();
      await addEndpoint(workspaceId, r.url, ["job.delivered", "job.failed"]);
      const off = await addEndpoint(workspaceId, r.url);
      await db.webhookEndpoint.update({ where: { id: off.id }, data: { enabled: false } });
      expect(await emit(workspaceId, "kit.generated")).toBe(0);
      expect(await emit(workspaceId, "job.delivered")).toBe(1);
      await deliverDueWebhooks();
      expect(r.received.map((x) => x.event)).toEqual(["job.delivered"]);
    });

    it("during a rotation carry a v1 for each secret, the old one last; both verify until the grace ends", async () => {
      const r = await receiver();
      const { id, secret: old } = await addEndpoint(workspaceId, r.url);
      const rotated = await rotateWebhookSecret(workspaceId, id);
      expect(rotated.secret).toMatch(/^whsec_[0-9A-Za-z]{32}$/);
      expect(rotated.secretRotatedUntil).not.toBeNull();
      await emit(workspaceId, "job.review");
      await deliverDueWebhooks();
      const got = r.received[0];
      const t = /^t=(\d+),/.exec(got.signature)![1];
      const v1s = [...got.signature.matchAll(/v1=([0-9a-f]{64})/g)].map((m) => m[1]);
      const sign = (secret: string) => createHmac("sha256", secret).update(`${t}.${got.body}`).digest("hex");
      expect(v1s).toEqual([sign(rotated.secret), sign(old)]);
      // The seed's verifier reads the last v1: integrations that have not switched keep working.
      expect(verifyTalksmithWebhook(got.body, got.signature, old)).toBe(true);
      // Ending the grace (or waiting 24 h) leaves the new secret alone.
      await expirePreviousWebhookSecret(workspaceId, id);
      await emit(workspaceId, "job.review");
      await deliverDueWebhooks();
      expect(verifyTalksmithWebhook(r.received[1].body, r.received[1].signature, rotated.secret)).toBe(true);
      expect(verifyTalksmithWebhook(r.received[1].body, r.received[1].signature, old)).toBe(false);
      await db.webhookEndpoint.update({ where: { id }, data: { previousSecretEncrypted: (await db.webhookEndpoint.findUniqueOrThrow({ where: { id } })).secretEncrypted, previousSecretExpiresAt: new Date(Date.now() - 1) } });
      await emit(workspaceId, "job.review");
      await deliverDueWebhooks();
      expect(r.received[2].signature.match(/v1=/g)).toHaveLength(1);
    });

    it("a state change whose transaction rolls back emits no webhook", async () => {
      const r = await receiver();
      await addEndpoint(workspaceId, r.url);
      await expect(
        db.$transaction(async (tx) => {
          await tx.workspace.update({ where: { id: workspaceId }, data: { name: "Renamed" } });
          expect(await emitWebhookEvent(tx, workspaceId, "job.review", { job })).toBe(1);
          throw new Error("rolled back");
        }),
      ).rejects.toThrow("rolled back");
      expect(await db.webhookDelivery.count({ where: { workspaceId } })).toBe(0);
      await deliverDueWebhooks();
      expect(r.received).toHaveLength(0);
    });
  });

  describe("retries", () => {
    it("a receiver down for several rounds gets every delivery exactly once when it is back", async () => {
      const r = await receiver((_req, res) => res.writeHead(204).end());
      const { id, secret } = await addEndpoint(workspaceId, r.url);
      await r.down();
      const t0 = new Date();
      for (let i = 0; i < 3; i++) await emit(workspaceId, "job.review", { n: i }, t0);
      for (let round = 0; round < 4; round++) {
        expect(await deliverDueWebhooks({ now: hours(round, t0) })).toMatchObject({ claimed: 3, retrying: 3 });
      }
      const failed = await db.webhookAttempt.findMany({ where: { workspaceId } });
      expect(failed).toHaveLength(12);
      expect(failed.every((a) => a.statusCode === null && a.error?.includes("ECONNREFUSED"))).toBe(true);
      // Not due yet: nothing is sent before its time.
      expect((await deliverDueWebhooks({ now: hours(3, t0) })).claimed).toBe(0);

      await r.up();
      expect(await deliverDueWebhooks({ now: hours(4, t0) })).toMatchObject({ claimed: 3, delivered: 3 });
      expect((await deliverDueWebhooks({ now: hours(30, t0) })).claimed).toBe(0);
      expect(r.received).toHaveLength(3);
      const rows = await deliveriesOf(id);
      expect(new Set(r.received.map((x) => x.deliveryId))).toEqual(new Set(rows.map((d) => d.id)));
      expect(r.received.every((x) => verifyTalksmithWebhook(x.body, x.signature, secret))).toBe(true);
      expect(rows.every((d) => d.status === "delivered" && d.attempts === 5 && d.attemptLog.length === 5)).toBe(true);
      expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id } })).enabled).toBe(true);
    });

    it("back off exponentially with jitter for about a day, then give up", async () => {
      const r = await receiver((_req, res) => res.writeHead(503).end("busy"));
      const { id } = await addEndpoint(workspaceId, r.url);
      const t0 = new Date();
      await emit(workspaceId, "job.review", {}, t0);
      let clock = t0;
      const gaps: number[] = [];
      for (let i = 0; i < 40; i++) {
        await deliverDueWebhooks({ now: clock });
        const [d] = await deliveriesOf(id);
        if (d.status !== "pending") break;
        gaps.push(d.nextAttemptAt.getTime() - clock.getTime());
        clock = d.nextAttemptAt;
      }
      const [d] = await deliveriesOf(id);
      expect(d.status).toBe("failed");
      expect(d.lastError).toContain("gave up");
      expect(d.attempts).toBeGreaterThanOrEqual(10);
      expect(d.attempts).toBeLessThanOrEqual(16);
      expect(r.received).toHaveLength(d.attempts);
      expect(new Set(r.received.map((x) => x.deliveryId)).size).toBe(1);
      expect(gaps[0]).toBeGreaterThanOrEqual(24_000);
      expect(gaps[0]).toBeLessThanOrEqual(36_000);
      expect(gaps[4]).toBeGreaterThan(gaps[0] * 8);
      const last = d.attemptLog.at(-1)!.createdAt.getTime();
      expect(last - t0.getTime()).toBeLessThanOrEqual(RETRY_WINDOW_MS);
      expect(last - t0.getTime()).toBeGreaterThan(20 * 3600_000);
      const endpoint = await db.webhookEndpoint.findUniqueOrThrow({ where: { id } });
      expect(endpoint).toMatchObject({ enabled: true, consecutiveFailures: 1 });
    });

    it.each([
      { status: 500, delivery: "pending", enabled: true, failures: 0 },
      { status: 503, delivery: "pending", enabled: true, failures: 0 },
      { status: 408, delivery: "pending", enabled: true, failures: 0 },
      { status: 404, delivery: "failed", enabled: true, failures: 1 },
      { status: 401, delivery: "failed", enabled: true, failures: 1 },
      { status: 410, delivery: "failed", enabled: false, failures: 0 },
    ])("a receiver answering $status leaves the delivery $delivery (endpoint enabled: $enabled)", async ({ status, delivery, enabled, failures }) => {
      const r = await receiver((_req, res) => res.writeHead(status).end("nope"));
      const { id } = await addEndpoint(workspaceId, r.url);
      await emit(workspaceId, "job.review");
      const now = new Date();
      await deliverDueWebhooks({ now });
      const [d] = await deliveriesOf(id);
      expect(d.status).toBe(delivery);
      expect(d.lastStatusCode).toBe(status);
      expect(d.attemptLog).toHaveLength(1);
      expect(d.attemptLog[0]).toMatchObject({ number: 1, statusCode: status, responseExcerpt: "nope", error: null });
      if (delivery === "pending") expect(d.nextAttemptAt.getTime() - now.getTime()).toBeGreaterThanOrEqual(24_000);
      const endpoint = await db.webhookEndpoint.findUniqueOrThrow({ where: { id } });
      expect(endpoint).toMatchObject({ enabled, consecutiveFailures: failures });
      if (status === 410) {
        expect(endpoint.disabledReason).toContain("410");
        expect(await emit(workspaceId, "job.review")).toBe(0);
      }
      // Given-up deliveries are never tried again.
      await deliverDueWebhooks({ now: hours(2, now) });
      expect(r.received).toHaveLength(delivery === "failed" ? 1 : 2);
    });

    it("429 with Retry-After waits exactly that long when it is longer than the backoff", async () => {
      const r = await receiver((_req, res) => res.writeHead(429, { "Retry-After": "3600" }).end());
      const { id } = await addEndpoint(workspaceId, r.url);
      await emit(workspaceId, "job.review");
      const now = new Date();
      await deliverDueWebhooks({ now });
      const [d] = await deliveriesOf(id);
      expect(d).toMatchObject({ status: "pending", lastStatusCode: 429 });
      expect(d.nextAttemptAt.getTime() - now.getTime()).toBe(3600_000);
      expect((await deliverDueWebhooks({ now: new Date(now.getTime() + 3599_000) })).claimed).toBe(0);
      r.answer((_req, res) => res.writeHead(429, { "Retry-After": new Date(now.getTime() + 7200_000).toUTCString() }).end());
      await deliverDueWebhooks({ now: new Date(now.getTime() + 3600_000) });
      const [again] = await deliveriesOf(id);
      expect(Math.abs(again.nextAttemptAt.getTime() - (now.getTime() + 7200_000))).toBeLessThanOrEqual(1000);
    });

    it("a redirect is not followed: the 3xx is a failed attempt, retried later", async () => {
      const target = await receiver();
      const r = await receiver((_req, res) => res.writeHead(307, { Location: target.url }).end());
      const { id } = await addEndpoint(workspaceId, r.url);
      await emit(workspaceId, "job.review");
      await deliverDueWebhooks();
      const [d] = await deliveriesOf(id);
      expect(d).toMatchObject({ status: "pending", lastStatusCode: 307 });
      expect(target.received).toHaveLength(0);
    });

    it("a receiver that never answers times out (timeout override) and is retried", async () => {
      const r = await receiver(() => {});
      const { id } = await addEndpoint(workspaceId, r.url);
      await emit(workspaceId, "job.review");
      const started = Date.now();
      await deliverDueWebhooks({ timeoutMs: 300 });
      expect(Date.now() - started).toBeLessThan(5_000);
      const [d] = await deliveriesOf(id);
      expect(d.status).toBe("pending");
      expect(d.attemptLog[0]).toMatchObject({ statusCode: null, error: "Timed out after 0.3 s" });
      expect(d.attemptLog[0].durationMs).toBeGreaterThanOrEqual(250);
    });

    it("logs at most 2 KB of the answer", async () => {
      const r = await receiver((_req, res) => res.writeHead(500).end("é".repeat(5000)));
      const { id } = await addEndpoint(workspaceId, r.url);
      await emit(workspaceId, "job.review");
      await deliverDueWebhooks();
      const [d] = await deliveriesOf(id);
      const excerpt = d.attemptLog[0].responseExcerpt!;
      expect(Buffer.byteLength(excerpt)).toBeLessThanOrEqual(2048);
      expect(excerpt).toBe("é".repeat(1024));
    });

    it(`disables an endpoint after ${DISABLE_AFTER_FAILED_DELIVERIES} failed deliveries in a row; a success resets the streak`, async () => {
      let answer = 400;
      const r = await receiver((_req, res) => res.writeHead(answer).end());
      const { id } = await addEndpoint(workspaceId, r.url);
      for (let i = 0; i < DISABLE_AFTER_FAILED_DELIVERIES - 1; i++) await emit(workspaceId, "job.review", { n: i });
      await deliverDueWebhooks({ limit: 100 });
      expect(await db.webhookEndpoint.findUniqueOrThrow({ where: { id } })).toMatchObject({ enabled: true, consecutiveFailures: DISABLE_AFTER_FAILED_DELIVERIES - 1 });
      answer = 200;
      await emit(workspaceId, "job.review");
      await deliverDueWebhooks();
      expect(await db.webhookEndpoint.findUniqueOrThrow({ where: { id } })).toMatchObject({ enabled: true, consecutiveFailures: 0 });
      answer = 400;
      for (let i = 0; i < DISABLE_AFTER_FAILED_DELIVERIES; i++) await emit(workspaceId, "job.review", { n: i });
      await deliverDueWebhooks({ limit: 100 });
      const endpoint = await db.webhookEndpoint.findUniqueOrThrow({ where: { id } });
      expect(endpoint.enabled).toBe(false);
      expect(endpoint.disabledReason).toMatch(/15 failed deliveries in a row.*HTTP 400/);
    });

    it("pending deliveries of a disabled endpoint are not sent", async () => {
      const r = await receiver();
      const { id } = await addEndpoint(workspaceId, r.url);
      await emit(workspaceId, "job.review");
      await db.webhookEndpoint.update({ where: { id }, data: { enabled: false, disabledReason: "paused" } });
      await deliverDueWebhooks();
      const [d] = await deliveriesOf(id);
      expect(d.status).toBe("failed");
      expect(d.lastError).toContain("disabled");
      expect(r.received).toHaveLength(0);
    });

    it("a secret that cannot be decrypted fails the delivery without sending it", async () => {
      const r = await receiver();
      const { id } = await addEndpoint(workspaceId, r.url);
      await db.webhookEndpoint.update({ where: { id }, data: { secretEncrypted: "v2.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA.AAAA" } });
      await emit(workspaceId, "job.review");
      expect(await deliverDueWebhooks()).toMatchObject({ claimed: 1, failed: 1 });
      const [d] = await deliveriesOf(id);
      expect(d).toMatchObject({ status: "failed" });
      expect(d.lastError).toContain("cannot be decrypted");
      expect(r.received).toHaveLength(0);
    });

    it("an endpoint deleted while its delivery is in flight does not break the batch", async () => {
      let endpointId = "";
      const r = await receiver((_req, res) => {
        void db.webhookEndpoint.delete({ where: { id: endpointId } }).then(() => res.writeHead(200).end());
      });
      const other = await receiver();
      endpointId = (await addEndpoint(workspaceId, r.url)).id;
      await addEndpoint(workspaceId, other.url);
      await emit(workspaceId, "job.review");
      expect(await deliverDueWebhooks()).toMatchObject({ claimed: 2, delivered: 1, errors: 1 });
      expect(other.received).toHaveLength(1);
    });

    it("re-checks the URL at send time: once private URLs are not allowed, a loopback http endpoint is refused without retries", async () => {
      const r = await receiver();
      const { id } = await addEndpoint(workspaceId, r.url);
      await emit(workspaceId, "job.review");
      await inProductionMode(() => deliverDueWebhooks());
      const [d] = await deliveriesOf(id);
      expect(d.status).toBe("failed");
      expect(d.attemptLog[0].error).toMatch(/https/);
      expect(r.received).toHaveLength(0);
    });
  });

  describe("workers", () => {
    it("two deliverDueWebhooks at once send each delivery once", async () => {
      const r = await receiver((_req, res) => setTimeout(() => res.writeHead(200).end(), 20));
      const { id } = await addEndpoint(workspaceId, r.url);
      for (let i = 0; i < 8; i++) await emit(workspaceId, "job.review", { n: i });
      const results = await Promise.all([deliverDueWebhooks({ limit: 5 }), deliverDueWebhooks({ limit: 5 }), deliverDueWebhooks({ limit: 5 })]);
      expect(results.reduce((sum, x) => sum + x.claimed, 0)).toBe(8);
      expect(r.received).toHaveLength(8);
      expect(new Set(r.received.map((x) => x.deliveryId)).size).toBe(8);
      expect((await deliveriesOf(id)).every((d) => d.status === "delivered" && d.attempts === 1)).toBe(true);
    });

    it("a crashed worker's claim expires and the delivery is sent by another; the late worker cannot overwrite it", async () => {
      const r = await receiver();
      const { id } = await addEndpoint(workspaceId, r.url);
      await emit(workspaceId, "job.review");
      const [row] = await deliveriesOf(id);
      const now = new Date();
      const staleLease = new Date(now.getTime() - 1000);
      await db.webhookDelivery.update({ where: { id: row.id }, data: { status: "sending", nextAttemptAt: staleLease } });
      const held = await db.webhookDelivery.create({ data: { workspaceId, endpointId: id, event: "job.review", body: row.body, status: "sending", nextAttemptAt: new Date(now.getTime() + 60_000) } });
      expect(await deliverDueWebhooks({ now })).toMatchObject({ claimed: 1, delivered: 1 });
      expect(r.received.map((x) => x.deliveryId)).toEqual([row.id]);
      expect(await deliverWebhook(held.id, { now })).toBeNull();

      // The crashed worker wakes up with its old lease: its attempt is logged, the state is not touched.
      r.answer((_req, res) => res.writeHead(500).end());
      await attemptClaimedDelivery(row.id, staleLease, { now });
      const [after] = await deliveriesOf(id);
      expect(after).toMatchObject({ status: "delivered", attempts: 1 });
      expect(after.attemptLog).toHaveLength(2);
    });

    it("deliverWebhook makes one attempt now, whatever the schedule, and nothing for a delivered row", async () => {
      const r = await receiver((_req, res) => res.writeHead(500).end());
      const { id } = await addEndpoint(workspaceId, r.url);
      await emit(workspaceId, "job.review");
      const [row] = await deliveriesOf(id);
      expect(await deliverWebhook(row.id)).toBe("retry");
      expect(await deliverWebhook(row.id)).toBe("retry");
      r.answer((_req, res) => res.writeHead(200).end());
      expect(await deliverWebhook(row.id)).toBe("delivered");
      expect(await deliverWebhook(row.id)).toBeNull();
      expect(r.received.map((x) => x.deliveryId)).toEqual([row.id, row.id, row.id]);
    });
  });
});
