import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../helpers/test-db";
import { db } from "@/lib/db";
import { ApiError } from "@/lib/api/errors";
import { createWebhookEndpoint } from "@/lib/webhooks/create-webhook-endpoint";
import { listWebhookEndpoints } from "@/lib/webhooks/list-webhook-endpoints";
import { getWebhookEndpoint } from "@/lib/webhooks/get-webhook-endpoint";
import { updateWebhookEndpoint } from "@/lib/webhooks/update-webhook-endpoint";
import { deleteWebhookEndpoint } from "@/lib/webhooks/delete-webhook-endpoint";
import { revealWebhookSecret } from "@/lib/webhooks/reveal-webhook-secret";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-webhook-secret";
import { listWebhookDeliveries } from "@/lib/webhooks/list-webhook-deliveries";
import { replayWebhookDelivery } from "@/lib/webhooks/replay-webhook-delivery";
import { testWebhookEndpoint } from "@/lib/webhooks/test-webhook-endpoint";
import { deliverDueWebhooks } from "@/lib/webhooks/deliver-due-webhooks";
import { startReceiver, verifyTalksmithWebhook, type Receiver } from "./receiver";
import { addEndpoint, emit, inProductionMode, makeWorkspace } from "./setup";
import { api, json } from "../helpers/api";
import { makeKey, sessionCookieFor } from "../helpers/fixtures";

let workspaceId: string;
let otherWorkspaceId: string;
const receivers: Receiver[] = [];
const receiver = async (...args: Parameters<typeof startReceiver>) => {
  const r = await startReceiver(...args);
  receivers.push(r);
  return r;
};

beforeAll(async () => {
  await useTestDb();
  workspaceId = (await makeWorkspace()).id;
  otherWorkspaceId = (await makeWorkspace()).id;
});

afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()));
  await db.webhookEndpoint.deleteMany({ where: { workspaceId: { in: [workspaceId, otherWorkspaceId] } } });
});

async function apiError(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe("webhook endpoints", () => {
  it("generate a whsec_ secret when omitted, store it encrypted, and return it only at creation", async () => {
    const created = await createWebhookEndpoint(workspaceId, { url: "http://127.0.0.1:9/hooks", description: "Zapier" });
    expect(created).toMatchObject({ url: "http://127.0.0.1:9/hooks", events: ["*"], enabled: true, description: "Zapier", consecutiveFailures: 0, secretRotatedUntil: null });
    expect(created.secret).toMatch(/^whsec_[0-9A-Za-z]{32}$/);
    const row = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.secretEncrypted).toMatch(/^v2\./);
    expect(row.secretEncrypted).not.toContain(created.secret.slice(6));
    expect(await getWebhookEndpoint(workspaceId, created.id)).not.toHaveProperty("secret");
    expect((await listWebhookEndpoints(workspaceId, { limit: 20, offset: 0 })).data[0]).not.toHaveProperty("secret");
    expect(await revealWebhookSecret(workspaceId, created.id)).toEqual({ id: created.id, secret: created.secret });
    const second = await createWebhookEndpoint(workspaceId, { url: "http://127.0.0.1:9/hooks" });
    expect(second.secret).not.toBe(created.secret);
  });

  it("accept a caller's whsec_ secret and a list of events", async () => {
    const secret = "whsec_" + "a1B2".repeat(8);
    const created = await createWebhookEndpoint(workspaceId, { url: "http://127.0.0.1:9/x", events: ["kit.generated", "job.failed", "kit.generated"], secret });
    expect(created.secret).toBe(secret);
    expect(created.events).toEqual(["kit.generated", "job.failed"]);
  });

  it.each([
    [{ url: "ftp://127.0.0.1/x" }, "url"],
    [{ url: "not a url" }, "url"],
    [{ url: "http://127.0.0.1/x", events: ["job.exploded"] }, "events"],
    [{ url: "http://127.0.0.1/x", events: ["*", "job.review"] }, "events"],
    [{ url: "http://127.0.0.1/x", events: [] }, "events"],
    [{ url: "http://127.0.0.1/x", secret: "hunter2" }, "secret"],
    [{ url: "http://169.254.169.254/latest/meta-data" }, "url"],
    [{ url: "http://user:pw@127.0.0.1/x" }, "url"],
  ])("refuse bad input %j (param %s)", async (input, param) => {
    const error = await createWebhookEndpoint(workspaceId, input as never).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).not.toBeNull();
    if (error instanceof ApiError) expect(error).toMatchObject({ code: "invalid_request", param });
    else expect((error as { issues: { path: string[] }[] }).issues[0].path[0]).toBe(param);
  });

  it("in a deployment need https and a public address", async () => {
    await inProductionMode(async () => {
      expect(await apiError(createWebhookEndpoint(workspaceId, { url: "http://127.0.0.1:9/x" }))).toMatchObject({ code: "invalid_request", param: "url", message: "The URL must use https." });
      expect((await apiError(createWebhookEndpoint(workspaceId, { url: "https://10.1.2.3/x" }))).message).toContain("private");
      expect((await apiError(createWebhookEndpoint(workspaceId, { url: "https://[::ffff:127.0.0.1]/x" }))).message).toContain("private");
      expect((await apiError(createWebhookEndpoint(workspaceId, { url: "https://localhost/x" }))).message).toContain("private");
      expect((await apiError(createWebhookEndpoint(workspaceId, { url: "https://169.254.169.254/x" }))).message).toContain("never allowed");
      expect(await addEndpoint(workspaceId, "https://93.184.216.34/x")).toMatchObject({ url: "https://93.184.216.34/x", enabled: true });
    });
  });

  it("update url, events, description and enabled; re-enabling clears an automatic disable", async () => {
    const { id } = await addEndpoint(workspaceId, "http://127.0.0.1:9/a");
    await db.webhookEndpoint.update({ where: { id }, data: { enabled: false, disabledReason: "The endpoint answered 410 Gone.", disabledAt: new Date(), consecutiveFailures: 7 } });
    const updated = await updateWebhookEndpoint(workspaceId, id, { url: "http://127.0.0.1:9/b", events: ["job.review"], description: "new", enabled: true });
    expect(updated).toMatchObject({ url: "http://127.0.0.1:9/b", events: ["job.review"], description: "new", enabled: true, disabledReason: null, consecutiveFailures: 0 });
    expect(await updateWebhookEndpoint(workspaceId, id, { enabled: false })).toMatchObject({ enabled: false, disabledReason: "Disabled by a member." });
    expect(await updateWebhookEndpoint(workspaceId, id, { description: null })).toMatchObject({ description: null, url: "http://127.0.0.1:9/b" });
    expect((await apiError(updateWebhookEndpoint(workspaceId, id, { url: "http://169.254.169.254/" }))).param).toBe("url");
  });

  it("rotate: a new secret, the old one still signing for 24 hours", async () => {
    const { id, secret } = await addEndpoint(workspaceId, "http://127.0.0.1:9/a");
    const now = new Date();
    const rotated = await rotateWebhookSecret(workspaceId, id, { now });
    expect(rotated.secret).not.toBe(secret);
    expect(rotated.secretRotatedUntil).toBe(new Date(now.getTime() + 24 * 3600_000).toISOString());
    expect((await revealWebhookSecret(workspaceId, id)).secret).toBe(rotated.secret);
    const immediate = await rotateWebhookSecret(workspaceId, id, { graceMs: 0 });
    expect(immediate.secretRotatedUntil).toBeNull();
  });

  it("end a rotation early through the API, for signed-in members only: then only the new secret signs", async () => {
    const cookie = await sessionCookieFor(workspaceId, "hooks-owner");
    const { id } = await json<{ id: string }>(await api("POST", "/api/v1/webhooks", { cookie, body: { url: "http://127.0.0.1:9/a" } }));
    const rotated = await json<{ secretRotatedUntil: string | null }>(await api("POST", `/api/v1/webhooks/${id}/rotate-secret`, { cookie }));
    expect(rotated.secretRotatedUntil).not.toBeNull();
    const byKey = await api("DELETE", `/api/v1/webhooks/${id}/previous-secret`, { key: await makeKey(workspaceId) });
    expect(byKey.status).toBe(403);
    expect((await json<{ error: { code: string } }>(byKey)).error.code).toBe("session_required");
    const ended = await api("DELETE", `/api/v1/webhooks/${id}/previous-secret`, { cookie });
    expect(ended.status).toBe(200);
    expect((await json<{ secretRotatedUntil: string | null }>(ended)).secretRotatedUntil).toBeNull();
    expect(await db.webhookEndpoint.findUniqueOrThrow({ where: { id } })).toMatchObject({ previousSecretEncrypted: null, previousSecretExpiresAt: null });
  });

  it("belong to one workspace: another workspace gets not_found for every operation", async () => {
    const { id } = await addEndpoint(workspaceId, "http://127.0.0.1:9/a");
    await emit(workspaceId, "job.review");
    const delivery = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: id } });
    const calls: (() => Promise<unknown>)[] = [
      () => getWebhookEndpoint(otherWorkspaceId, id),
      () => updateWebhookEndpoint(otherWorkspaceId, id, { description: "x" }),
      () => deleteWebhookEndpoint(otherWorkspaceId, id),
      () => revealWebhookSecret(otherWorkspaceId, id),
      () => rotateWebhookSecret(otherWorkspaceId, id),
      () => listWebhookDeliveries(otherWorkspaceId, id, { limit: 20, offset: 0 }),
      () => replayWebhookDelivery(otherWorkspaceId, id, delivery.id),
      () => testWebhookEndpoint(otherWorkspaceId, id),
    ];
    for (const call of calls) expect((await apiError(call())).code).toBe("not_found");
    expect((await listWebhookEndpoints(otherWorkspaceId, { limit: 20, offset: 0 })).pagination.total).toBe(0);
    expect(await emit(otherWorkspaceId, "job.review")).toBe(0);
    expect(await deleteWebhookEndpoint(workspaceId, id)).toEqual({ id, deleted: true });
    expect(await db.webhookDelivery.count({ where: { endpointId: id } })).toBe(0);
  });
});

describe("test button", () => {
  it("sends a signed {\"event\":\"test\"} and answers exactly {ok:true,statusCode} or {ok:false,error}", async () => {
    const r = await receiver((_req, res) => res.writeHead(202).end());
    const { id, secret } = await addEndpoint(workspaceId, r.url);
    expect(await testWebhookEndpoint(workspaceId, id)).toEqual({ ok: true, statusCode: 202 });
    expect(r.received[0].body).toBe('{"event":"test"}');
    expect(r.received[0].event).toBe("test");
    expect(r.received[0].deliveryId).toMatch(/^test_/);
    expect(verifyTalksmithWebhook(r.received[0].body, r.received[0].signature, secret)).toBe(true);

    r.answer((_req, res) => res.writeHead(500).end());
    expect(await testWebhookEndpoint(workspaceId, id)).toEqual({ ok: false, error: "Your endpoint answered HTTP 500." });
    r.answer(() => {});
    expect(await testWebhookEndpoint(workspaceId, id, { timeoutMs: 200 })).toEqual({ ok: false, error: "Timed out after 0.2 s" });
    await r.down();
    const down = await testWebhookEndpoint(workspaceId, id);
    expect(down.ok).toBe(false);
    expect(Object.keys(down).sort()).toEqual(["error", "ok"]);
    expect(down.ok === false && down.error).toContain("ECONNREFUSED");
    // Test sends stay out of the outbox and the failure streak.
    expect(await db.webhookDelivery.count({ where: { endpointId: id } })).toBe(0);
    expect((await getWebhookEndpoint(workspaceId, id)).consecutiveFailures).toBe(0);
  });
});

describe("delivery log and replay", () => {
  it("lists deliveries newest first with their attempts, and replays one as a new delivery with the same body", async () => {
    let status = 500;
    const r = await receiver((_req, res) => res.writeHead(status).end(`answer ${status}`));
    const { id, secret } = await addEndpoint(workspaceId, r.url);
    await emit(workspaceId, "job.review");
    await emit(workspaceId, "kit.generated", { kitId: "k", assetCount: 2 });
    const now = new Date();
    await deliverDueWebhooks({ now });
    status = 200;
    await deliverDueWebhooks({ now: new Date(now.getTime() + 3600_000) });

    const log = await listWebhookDeliveries(workspaceId, id, { limit: 1, offset: 0 });
    expect(log.pagination).toEqual({ total: 2, limit: 1, offset: 0, hasMore: true });
    const first = log.data[0];
    expect(first).toMatchObject({ status: "delivered", attempts: 2, lastStatusCode: 200, nextAttemptAt: null });
    expect(first.attemptLog.map((a) => [a.number, a.statusCode, a.responseExcerpt])).toEqual([
      [1, 500, "answer 500"],
      [2, 200, "answer 200"],
    ]);

    const replay = await replayWebhookDelivery(workspaceId, id, first.id);
    expect(replay).toMatchObject({ replayOf: first.id, status: "pending" });
    expect(replay.id).not.toBe(first.id);
    await deliverDueWebhooks();
    const sent = r.received.at(-1)!;
    expect(sent.deliveryId).toBe(replay.id);
    expect(sent.body).toBe(first.body);
    expect(verifyTalksmithWebhook(sent.body, sent.signature, secret)).toBe(true);
    expect((await listWebhookDeliveries(workspaceId, id)).pagination.total).toBe(3);

    await updateWebhookEndpoint(workspaceId, id, { enabled: false });
    expect((await apiError(replayWebhookDelivery(workspaceId, id, first.id))).code).toBe("invalid_state");
    expect((await apiError(replayWebhookDelivery(workspaceId, id, "nope"))).code).toBe("not_found");
  });
});
