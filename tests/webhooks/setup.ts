import { db } from "@/lib/db";
import { createWebhookEndpoint } from "@/lib/webhooks/create-webhook-endpoint";
import { emitWebhookEvent } from "@/lib/webhooks/emit-webhook-event";
import type { WebhookEvent } from "@/lib/webhooks/events";

let n = 0;
export async function makeWorkspace() {
  n++;
  return db.workspace.create({ data: { name: `Hooks ${n}`, slug: `hooks-${n}-${Math.random().toString(36).slice(2, 8)}`, plan: "studio" } });
}

export const job = { id: 42, title: "Client onboarding SOP", status: "review", kitId: "onboarding_kit" };

export const addEndpoint = (workspaceId: string, url: string, events: ("*" | WebhookEvent)[] = ["*"]) => createWebhookEndpoint(workspaceId, { url, events });

export const emit = (workspaceId: string, event: WebhookEvent, extra: Record<string, unknown> = {}, now?: Date) =>
  db.$transaction((tx) => emitWebhookEvent(tx, workspaceId, event, { job, ...extra }, now));

/** Runs fn as a deployment would (Clerk configured, private URLs not allowed). */
export async function inProductionMode<T>(fn: () => Promise<T>): Promise<T> {
  const saved = { ...process.env };
  process.env.CLERK_SECRET_KEY = "sk_test_x";
  process.env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY = "pk_test_x";
  process.env.TALKSMITH_ALLOW_PRIVATE_URLS = "";
  try {
    return await fn();
  } finally {
    for (const key of ["CLERK_SECRET_KEY", "NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY", "TALKSMITH_ALLOW_PRIVATE_URLS"]) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  }
}
