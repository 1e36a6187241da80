"use client";
// A small list + create form for the Studio's simple resources (brand profiles, voice
// profiles): fields are declared, values posted as JSON to the API.
import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/page-header";
import { Field, Input } from "@/components/ui/field";
import { apiFetch } from "@/components/ui/api-client";
import { useToast } from "@/components/ui/toast";

export interface CrudField {
  name: string;
  label: string;
  hint?: string;
  type?: "text" | "color" | "list";
  required?: boolean;
  placeholder?: string;
}

interface Props<T extends { id: string }> {
  resource: string;
  noun: string;
  fields: CrudField[];
  initial: T[];
  gated?: string | null;
  describe: (item: T) => React.ReactNode;
}

export function SimpleCrud<T extends { id: string }>({ resource, noun, fields, initial, gated, describe }: Props<T>) {
  const toast = useToast();
  const [items, setItems] = useState(initial);
  const reload = async () => setItems((await apiFetch<{ data: T[] }>(`/${resource}`)).data);
  const create = useMutation({
    mutationFn: (body: Record<string, unknown>) => apiFetch<T>(`/${resource}`, { method: "POST", json: body }),
    onSuccess: async () => {
      toast(`${noun} created`);
      await reload();
    },
    onError: (e: Error) => toast(e.message, "error"),
  });
  const remove = useMutation({
    mutationFn: (id: string) => apiFetch(`/${resource}/${id}`, { method: "DELETE" }),
    onSuccess: async () => {
      toast(`${noun} deleted`);
      await reload();
    },
  });
  return (
    <div className="space-y-6">
      {gated ? (
        <Card>
          <p className="text-sm">{gated}</p>
        </Card>
      ) : (
        <Card>
          <h2 className="text-lg font-semibold">New {noun.toLowerCase()}</h2>
          <form
            className="mt-4 grid gap-4 sm:grid-cols-2"
            onSubmit={(e) => {
              e.preventDefault();
              const data = new FormData(e.currentTarget);
              const body: Record<string, unknown> = {};
              for (const f of fields) {
                const v = String(data.get(f.name) ?? "").trim();
                if (f.type === "list") body[f.name] = v ? v.split(",").map((s) => s.trim()).filter(Boolean) : [];
                else if (v) body[f.name] = v;
              }
              create.mutate(body);
              e.currentTarget.reset();
            }}
          >
            {fields.map((f) => (
              <Field key={f.name} label={f.label} hint={f.hint}>
                <Input name={f.name} type={f.type === "color" ? "color" : "text"} required={f.required} placeholder={f.placeholder} className={f.type === "color" ? "h-10" : ""} />
              </Field>
            ))}
            <div className="sm:col-span-2">
              <Button type="submit" disabled={create.isPending}>
                Create {noun.toLowerCase()}
              </Button>
            </div>
          </form>
        </Card>
      )}
      {items.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">None yet.</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {items.map((item) => (
            <li key={item.id}>
              <Card className="h-full">
                {describe(item)}
                {!gated && (
                  <Button
                    variant="ghost"
                    className="mt-3"
                    onClick={() => {
                      if (confirm(`Delete this ${noun.toLowerCase()}?`)) remove.mutate(item.id);
                    }}
                  >
                    Delete
                  </Button>
                )}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
