"use client";
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { WebhookEndpointView } from "@/lib/webhooks/schemas";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/page-header";
import { Field, Input } from "@/components/ui/field";
import { apiFetch } from "@/components/ui/api-client";
import { useToast } from "@/components/ui/toast";

interface Delivery {
  id: string;
  event: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
}

function DeliveryLog({ endpointId }: { endpointId: string }) {
  const toast = useToast();
  const queryClient = useQueryClient();
  const { data } = useQuery({ queryKey: ["deliveries", endpointId], queryFn: () => apiFetch<{ data: Delivery[] }>(`/webhooks/${endpointId}/deliveries?limit=20`), refetchInterval: 5000 });
  const replay = useMutation({
    mutationFn: (id: string) => apiFetch(`/webhooks/${endpointId}/deliveries/${id}/replay`, { method: "POST" }),
    onSuccess: async () => {
      toast("Queued again");
      await queryClient.invalidateQueries({ queryKey: ["deliveries", endpointId] });
    },
  });
  if (!data) return <p className="text-sm text-slate-600 dark:text-slate-400">Loading deliveries…</p>;
  if (!data.data.length) return <p className="text-sm text-slate-600 dark:text-slate-400">No deliveries yet.</p>;
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Delivery log</caption>
      <thead className="text-xs uppercase text-slate-600 dark:text-slate-400">
        <tr>
          <th scope="col" className="py-1">Event</th>
          <th scope="col">Status</th>
          <th scope="col">Attempts</th>
          <th scope="col">Last answer</th>
          <th scope="col">When</th>
          <th scope="col"><span className="sr-only">Replay</span></th>
        </tr>
      </thead>
      <tbody>
        {data.data.map((d) => (
          <tr key={d.id} className="border-t border-slate-100 dark:border-slate-800">
            <td className="py-1.5"><code>{d.event}</code></td>
            <td className={d.status === "failed" ? "text-red-700 dark:text-red-300" : d.status === "delivered" ? "text-emerald-700 dark:text-emerald-300" : ""}>{d.status}</td>
            <td>{d.attempts}</td>
            <td>{d.lastStatusCode ?? d.lastError ?? "—"}</td>
            <td>{new Date(d.createdAt).toLocaleString()}</td>
            <td className="text-right">
              <Button variant="ghost" onClick={() => replay.mutate(d.id)}>
                Replay
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function EndpointCard({ endpoint }: { endpoint: WebhookEndpointView }) {
  const toast = useToast();
  const queryClient = useQueryClient();
  const [secret, setSecret] = useState<string | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["webhooks"] });
  const call = useMutation({
    mutationFn: ({ path, method = "POST", json }: { path: string; method?: string; json?: unknown }) => apiFetch<Record<string, unknown>>(`/webhooks/${endpoint.id}${path}`, { method, json }),
    onError: (e: Error) => toast(e.message, "error"),
  });
  return (
    <Card>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="break-all font-mono text-sm font-medium">{endpoint.url}</p>
          <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">Events: {endpoint.events.join(", ")}</p>
          {!endpoint.enabled && (
            <p role="alert" className="mt-2 rounded bg-red-50 px-2 py-1 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
              Disabled{endpoint.disabledReason ? `: ${endpoint.disabledReason}` : ""}
            </p>
          )}
        </div>
        <div className="flex flex-wrap gap-2">
          <Button
            variant="secondary"
            onClick={() =>
              call.mutate({ path: "/test" }, { onSuccess: (r) => setResult(r.ok ? `Delivered: HTTP ${String(r.statusCode)}` : `Failed: ${String(r.error)}`) })
            }
          >
            Send test
          </Button>
          <Button variant="secondary" onClick={() => call.mutate({ path: "/secret", method: "GET" }, { onSuccess: (r) => setSecret(String(r.secret)) })}>
            Reveal secret
          </Button>
          <Button
            variant="secondary"
            onClick={() => {
              if (confirm("Rotate the secret? The old one keeps signing for 24 hours.")) {
                call.mutate({ path: "/rotate-secret" }, { onSuccess: (r) => (setSecret(String(r.secret)), void refresh()) });
              }
            }}
          >
            Rotate
          </Button>
          <Button variant="secondary" onClick={() => call.mutate({ path: "", method: "PATCH", json: { enabled: !endpoint.enabled } }, { onSuccess: () => void refresh() })}>
            {endpoint.enabled ? "Disable" : "Enable"}
          </Button>
          <Button
            variant="ghost"
            onClick={() => {
              if (confirm("Delete this endpoint and its delivery log?")) call.mutate({ path: "", method: "DELETE" }, { onSuccess: () => void refresh() });
            }}
          >
            Delete
          </Button>
        </div>
      </div>
      {endpoint.secretRotatedUntil && (
        <div className="mt-3 flex flex-wrap items-center gap-3 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
          <p>
            The previous secret also signs deliveries until <time dateTime={endpoint.secretRotatedUntil}>{new Date(endpoint.secretRotatedUntil).toLocaleString()}</time>. Once your receiver checks the new
            secret, end it.
          </p>
          <Button
            variant="secondary"
            onClick={() => call.mutate({ path: "/previous-secret", method: "DELETE" }, { onSuccess: () => (toast("Only the new secret signs now"), void refresh()) })}
          >
            End grace period now
          </Button>
        </div>
      )}
      {result && (
        <p role="status" data-testid="webhook-test-result" className="mt-3 text-sm font-medium">
          {result}
        </p>
      )}
      {secret && (
        <p className="mt-3 text-sm">
          Secret: <code className="break-all">{secret}</code>
        </p>
      )}
      <button type="button" className="mt-3 text-sm font-medium text-brand-700 underline dark:text-brand-100" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {open ? "Hide" : "Show"} delivery log
      </button>
      {open && (
        <div className="mt-3 overflow-x-auto">
          <DeliveryLog endpointId={endpoint.id} />
        </div>
      )}
    </Card>
  );
}

export function WebhooksManager({ initial, events }: { initial: WebhookEndpointView[]; events: string[] }) {
  const toast = useToast();
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<string | null>(null);
  const { data: endpoints = initial } = useQuery({ queryKey: ["webhooks"], queryFn: async () => (await apiFetch<{ data: WebhookEndpointView[] }>("/webhooks?limit=100")).data, initialData: initial });
  const create = useMutation({
    mutationFn: (body: unknown) => apiFetch<{ secret: string }>("/webhooks", { method: "POST", json: body }),
    onSuccess: async (r) => {
      setCreated(r.secret);
      toast("Endpoint added");
      await queryClient.invalidateQueries({ queryKey: ["webhooks"] });
    },
    onError: (e: Error) => toast(e.message, "error"),
  });
  return (
    <div className="space-y-6">
      <Card>
        <h2 className="text-lg font-semibold">Add an endpoint</h2>
        <form
          className="mt-4 grid gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            const data = new FormData(e.currentTarget);
            const chosen = data.getAll("events").map(String);
            create.mutate({ url: String(data.get("url")), description: String(data.get("description") || "") || null, events: chosen.length ? chosen : ["*"] });
          }}
        >
          <Field label="Endpoint URL">
            <Input name="url" type="url" required placeholder="https://example.com/talksmith" />
          </Field>
          <Field label="Description">
            <Input name="description" maxLength={300} placeholder="Production Zapier hook" />
          </Field>
          <fieldset>
            <legend className="text-sm font-medium">Events (none chosen = all)</legend>
            <div className="mt-2 flex flex-wrap gap-4">
              {events.map((ev) => (
                <label key={ev} className="flex items-center gap-2 text-sm">
                  <input type="checkbox" name="events" value={ev} className="h-4 w-4" />
                  <code>{ev}</code>
                </label>
              ))}
            </div>
          </fieldset>
          <div>
            <Button type="submit" disabled={create.isPending}>
              Add endpoint
            </Button>
          </div>
        </form>
        {created && (
          <p role="status" className="mt-4 rounded-lg bg-emerald-50 p-3 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
            Signing secret: <code className="break-all">{created}</code>
          </p>
        )}
      </Card>
      {endpoints.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No endpoints yet. Add one above to receive job.review, job.delivered, kit.generated and job.failed.</p>
      ) : (
        endpoints.map((e) => <EndpointCard key={e.id} endpoint={e} />)
      )}
    </div>
  );
}
