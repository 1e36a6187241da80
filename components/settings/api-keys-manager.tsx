"use client";
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ApiKeyView } from "@/lib/auth/api-keys/view";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/page-header";
import { Field, Input } from "@/components/ui/field";
import { apiFetch } from "@/components/ui/api-client";
import { useToast } from "@/components/ui/toast";

interface Props {
  initial: ApiKeyView[];
  apiAccess: boolean;
  scopes: { id: string; allowed: boolean; byDefault: boolean }[];
}

export function ApiKeysManager({ initial, apiAccess, scopes }: Props) {
  const toast = useToast();
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<string | null>(null);
  const { data: keys = initial } = useQuery({ queryKey: ["api-keys"], queryFn: async () => (await apiFetch<{ data: ApiKeyView[] }>("/api-keys?limit=100")).data, initialData: initial });
  const create = useMutation({
    mutationFn: (body: { name: string; scopes: string[] }) => apiFetch<ApiKeyView & { key: string }>("/api-keys", { method: "POST", json: body }),
    onSuccess: async (key) => {
      setCreated(key.key);
      await queryClient.invalidateQueries({ queryKey: ["api-keys"] });
    },
    onError: (e: Error) => toast(e.message, "error"),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => apiFetch(`/api-keys/${id}`, { method: "DELETE" }),
    onSuccess: async () => {
      toast("Key revoked");
      await queryClient.invalidateQueries({ queryKey: ["api-keys"] });
    },
  });

  if (!apiAccess) {
    return (
      <Card>
        <p className="text-sm">API keys need the Pro plan or higher.</p>
        <a href="/settings/billing" className="mt-3 inline-block text-sm font-medium text-brand-700 underline dark:text-brand-100">
          See plans
        </a>
      </Card>
    );
  }

  return (
    <div className="space-y-6">
      <Card>
        <h2 className="text-lg font-semibold">Create a key</h2>
        <form
          className="mt-4 space-y-4"
          onSubmit={(e) => {
            e.preventDefault();
            const data = new FormData(e.currentTarget);
            create.mutate({ name: String(data.get("name")), scopes: data.getAll("scopes").map(String) });
          }}
        >
          <Field label="Name" hint="Where the key is used, e.g. CI pipeline.">
            <Input name="name" required maxLength={100} placeholder="CI pipeline" />
          </Field>
          <fieldset>
            <legend className="text-sm font-medium">Scopes</legend>
            <div className="mt-2 grid gap-2 sm:grid-cols-2">
              {scopes.map((s) => (
                <label key={s.id} className={`flex items-center gap-2 text-sm ${s.allowed ? "" : "text-slate-500 dark:text-slate-400"}`}>
                  <input type="checkbox" name="scopes" value={s.id} defaultChecked={s.byDefault} disabled={!s.allowed} className="h-4 w-4" />
                  <code>{s.id}</code>
                  {!s.allowed && <span className="text-xs">(Studio plan)</span>}
                </label>
              ))}
            </div>
          </fieldset>
          <Button type="submit" disabled={create.isPending}>
            Create key
          </Button>
        </form>
        {created && (
          <div role="status" className="mt-4 rounded-lg border border-emerald-300 bg-emerald-50 p-4 dark:border-emerald-800 dark:bg-emerald-950">
            <p className="text-sm font-medium text-emerald-900 dark:text-emerald-100">Copy your key now. It will not be shown again.</p>
            <div className="mt-2 flex flex-wrap items-center gap-2">
              <code data-testid="new-api-key" className="break-all rounded bg-white px-2 py-1 text-sm dark:bg-slate-900">
                {created}
              </code>
              <Button
                variant="secondary"
                onClick={() => {
                  void navigator.clipboard?.writeText(created).then(() => toast("Copied"), () => toast("Select the key and copy it", "info"));
                }}
              >
                Copy
              </Button>
            </div>
          </div>
        )}
      </Card>
      <Card>
        <h2 className="text-lg font-semibold">Keys</h2>
        {keys.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">No keys yet.</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="text-xs uppercase text-slate-600 dark:text-slate-400">
                <tr>
                  <th scope="col" className="py-2">Name</th>
                  <th scope="col">Key</th>
                  <th scope="col">Scopes</th>
                  <th scope="col">Last used</th>
                  <th scope="col"><span className="sr-only">Actions</span></th>
                </tr>
              </thead>
              <tbody>
                {keys.map((k) => (
                  <tr key={k.id} className="border-t border-slate-100 dark:border-slate-800">
                    <td className="py-2 font-medium">{k.name}</td>
                    <td><code>{k.prefix}…</code></td>
                    <td className="text-xs">{k.scopes.join(", ")}</td>
                    <td className="text-slate-600 dark:text-slate-400">{k.lastUsedAt ? new Date(k.lastUsedAt).toLocaleString() : "Never"}</td>
                    <td className="text-right">
                      <Button
                        variant="ghost"
                        onClick={() => {
                          if (confirm(`Revoke "${k.name}"? Requests with it will fail at once.`)) revoke.mutate(k.id);
                        }}
                      >
                        Revoke
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
