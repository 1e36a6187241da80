"use client";
import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import type { KitView } from "@/lib/kits/model";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/page-header";
import { Field, Input, Select } from "@/components/ui/field";
import { apiFetch } from "@/components/ui/api-client";
import { useToast } from "@/components/ui/toast";

const categories = ["Sales", "Courses", "Onboarding", "Marketing", "Hiring", "General"];

function Editor({ kit, onDone }: { kit: KitView; onDone: () => void }) {
  const toast = useToast();
  const save = useMutation({
    mutationFn: (body: unknown) => apiFetch(`/kits/${kit.id}`, { method: "PATCH", json: body }),
    onSuccess: () => {
      toast("Kit saved");
      onDone();
    },
    onError: (e: Error) => toast(e.message, "error"),
  });
  return (
    <form
      className="mt-4 grid gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        const d = new FormData(e.currentTarget);
        const titles = String(d.get("assets")).split("\n").map((l) => l.trim()).filter(Boolean);
        save.mutate({ name: d.get("name"), description: d.get("description"), assets: kit.assets.map((a, i) => ({ type: a.type, title: titles[i] ?? a.title })) });
      }}
    >
      <Field label="Name">
        <Input name="name" defaultValue={kit.name} required />
      </Field>
      <Field label="Description">
        <Input name="description" defaultValue={kit.description} />
      </Field>
      <Field label="Asset titles (one per line, in order)">
        <textarea name="assets" rows={kit.assets.length + 1} defaultValue={kit.assets.map((a) => a.title).join("\n")} className="mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-600 dark:bg-slate-800" />
      </Field>
      <div>
        <Button type="submit" disabled={save.isPending}>
          Save kit
        </Button>
      </div>
    </form>
  );
}

function Publisher({ kit, onDone }: { kit: KitView; onDone: () => void }) {
  const toast = useToast();
  const publish = useMutation({
    mutationFn: (body: unknown) => apiFetch<{ id: string }>("/marketplace/listings", { method: "POST", json: body }),
    onSuccess: () => {
      toast("Published to the marketplace");
      onDone();
    },
    onError: (e: Error) => toast(e.message, "error"),
  });
  return (
    <form
      className="mt-4 grid gap-3 sm:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault();
        const d = new FormData(e.currentTarget);
        publish.mutate({ kitId: kit.id, title: d.get("title"), description: d.get("description"), category: d.get("category"), priceCents: Math.round(Number(d.get("price") || 0) * 100) });
      }}
    >
      <Field label="Listing title">
        <Input name="title" defaultValue={kit.name} required minLength={3} />
      </Field>
      <Field label="Category">
        <Select name="category" defaultValue={kit.category}>
          {categories.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </Select>
      </Field>
      <Field label="Description">
        <Input name="description" defaultValue={kit.description} required minLength={10} />
      </Field>
      <Field label="Price (USD, 0 for free)">
        <Input name="price" type="number" min={0} step="0.01" defaultValue="0" />
      </Field>
      <div>
        <Button type="submit" disabled={publish.isPending}>
          Publish
        </Button>
      </div>
    </form>
  );
}

export function KitTemplates({ initial, canPublish }: { initial: KitView[]; canPublish: boolean }) {
  const toast = useToast();
  const [kits, setKits] = useState(initial);
  const [open, setOpen] = useState<{ id: string; mode: "edit" | "publish" } | null>(null);
  const reload = async () => setKits((await apiFetch<{ data: KitView[] }>("/kits")).data);
  const act = useMutation({
    mutationFn: ({ path, method }: { path: string; method: string }) => apiFetch(path, { method, json: method === "POST" ? {} : undefined }),
    onSuccess: async () => {
      await reload();
      toast("Done");
    },
    onError: (e: Error) => toast(e.message, "error"),
  });
  return (
    <ul className="grid gap-4">
      {kits.map((kit) => (
        <li key={kit.id}>
          <Card>
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div>
                <h2 className="font-semibold">
                  {kit.name} <span className="ml-1 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium dark:bg-slate-800">{kit.source}</span>
                </h2>
                <p className="text-sm text-slate-600 dark:text-slate-400">{kit.description}</p>
                <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                  <code>{kit.id}</code> · {kit.assets.map((a) => a.title).join(" · ")}
                </p>
              </div>
              <div className="flex flex-wrap gap-2">
                <Button variant="secondary" onClick={() => act.mutate({ path: `/kits/${kit.id}/duplicate`, method: "POST" })}>
                  Duplicate
                </Button>
                {kit.source !== "builtin" && (
                  <>
                    <Button variant="secondary" onClick={() => setOpen(open?.id === kit.id && open.mode === "edit" ? null : { id: kit.id, mode: "edit" })}>
                      Edit
                    </Button>
                    {canPublish && kit.source === "workspace" && (
                      <Button variant="secondary" onClick={() => setOpen(open?.id === kit.id && open.mode === "publish" ? null : { id: kit.id, mode: "publish" })}>
                        Publish
                      </Button>
                    )}
                    <Button
                      variant="ghost"
                      onClick={() => {
                        if (confirm(`Delete the kit “${kit.name}”?`)) act.mutate({ path: `/kits/${kit.id}`, method: "DELETE" });
                      }}
                    >
                      Delete
                    </Button>
                  </>
                )}
              </div>
            </div>
            {open?.id === kit.id && open.mode === "edit" && <Editor kit={kit} onDone={() => void reload().then(() => setOpen(null))} />}
            {open?.id === kit.id && open.mode === "publish" && <Publisher kit={kit} onDone={() => setOpen(null)} />}
          </Card>
        </li>
      ))}
    </ul>
  );
}
