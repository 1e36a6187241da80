"use client";
import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ThemeFields } from "@/lib/themes/model";
import type { ThemeView } from "@/lib/themes/model";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/page-header";
import { Field, Input, Select } from "@/components/ui/field";
import { apiFetch } from "@/components/ui/api-client";
import { useToast } from "@/components/ui/toast";
import { CardPreview } from "./card-preview";

interface Props {
  initial: ThemeView[];
  presets: Record<string, ThemeFields>;
  patterns: string[];
  fonts: string[];
  presetNames: string[];
}

const colorFields = [
  ["backgroundColor", "Background"],
  ["patternColor", "Pattern"],
  ["accentColor", "Accent"],
  ["textColor", "Text"],
] as const;

export function ThemeEditor({ initial, presets, patterns, fonts, presetNames }: Props) {
  const toast = useToast();
  const queryClient = useQueryClient();
  const [themes, setThemes] = useState(initial);
  const [selected, setSelected] = useState<string | null>(initial.find((t) => t.isDefault)?.id ?? initial[0]?.id ?? null);
  const current = themes.find((t) => t.id === selected);
  const [draft, setDraft] = useState<ThemeFields>(current ?? presets.minimal);
  const [error, setError] = useState<string | null>(null);

  const pick = (id: string) => {
    const t = themes.find((x) => x.id === id);
    if (!t) return;
    setSelected(id);
    setDraft(t);
  };
  const set = <K extends keyof ThemeFields>(k: K, v: ThemeFields[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const save = useMutation({
    mutationFn: (asNew: boolean) =>
      asNew || !selected ? apiFetch<ThemeView>("/themes", { method: "POST", json: { ...draft, name: asNew ? `${draft.name} copy` : draft.name } }) : apiFetch<ThemeView>(`/themes/${selected}`, { method: "PUT", json: draft }),
    onSuccess: async (saved) => {
      const all = await apiFetch<{ data: ThemeView[] }>("/themes");
      setThemes(all.data);
      setSelected(saved.id);
      setError(null);
      toast("Theme saved");
      await queryClient.invalidateQueries();
    },
    onError: (e: Error) => setError(e.message),
  });
  const makeDefault = useMutation({
    mutationFn: () => apiFetch<ThemeView>(`/themes/${selected}`, { method: "PUT", json: { ...draft, isDefault: true } }),
    onSuccess: async () => {
      setThemes((await apiFetch<{ data: ThemeView[] }>("/themes")).data);
      toast("Default theme set");
    },
  });

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_24rem]">
      <Card>
        <div className="flex flex-wrap items-end gap-3">
          <Field label="Theme">
            <Select value={selected ?? ""} onChange={(e) => pick(e.target.value)}>
              {themes.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                  {t.isDefault ? " (default)" : ""}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Start from preset">
            <Select value={draft.preset} onChange={(e) => setDraft({ ...presets[e.target.value], name: draft.name })}>
              {presetNames.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          <Field label="Name">
            <Input value={draft.name} onChange={(e) => set("name", e.target.value)} />
          </Field>
          {colorFields.map(([key, label]) => (
            <div key={key} className="text-sm font-medium text-slate-800 dark:text-slate-200">
              <span>{label} colour</span>
              <span className="mt-1 flex gap-2">
                <input type="color" aria-label={`${label} colour picker`} value={/^#[0-9a-f]{6}$/i.test(draft[key]) ? draft[key] : "#000000"} onChange={(e) => set(key, e.target.value)} className="h-9 w-12 rounded border border-slate-300 dark:border-slate-600" />
                <Input aria-label={`${label} colour hex`} name={key} value={draft[key]} onChange={(e) => set(key, e.target.value)} className="mt-0 font-mono" />
              </span>
            </div>
          ))}
          <Field label="Background pattern">
            <Select value={draft.backgroundPattern} onChange={(e) => set("backgroundPattern", e.target.value as ThemeFields["backgroundPattern"])}>
              {patterns.map((p) => (
                <option key={p}>{p}</option>
              ))}
            </Select>
          </Field>
          <Field label="Font">
            <Select value={draft.fontFamily} onChange={(e) => set("fontFamily", e.target.value as ThemeFields["fontFamily"])}>
              {fonts.map((f) => (
                <option key={f}>{f}</option>
              ))}
            </Select>
          </Field>
          <Field label="Watermark text">
            <Input value={draft.customWatermarkText ?? ""} maxLength={80} onChange={(e) => set("customWatermarkText", e.target.value || null)} />
          </Field>
          <Field label="Logo URL">
            <Input type="url" value={draft.logoUrl ?? ""} onChange={(e) => set("logoUrl", e.target.value || null)} />
          </Field>
        </div>
        <div className="mt-4 flex flex-wrap gap-6 text-sm">
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={draft.showCornerBrackets} onChange={(e) => set("showCornerBrackets", e.target.checked)} className="h-4 w-4" /> Corner brackets
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={draft.showAccentLine} onChange={(e) => set("showAccentLine", e.target.checked)} className="h-4 w-4" /> Accent line
          </label>
        </div>
        {error && (
          <p role="alert" className="mt-4 rounded bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
            {error}
          </p>
        )}
        <div className="mt-6 flex flex-wrap gap-2">
          <Button onClick={() => save.mutate(false)} disabled={save.isPending}>
            Save theme
          </Button>
          <Button variant="secondary" onClick={() => save.mutate(true)}>
            Save as new
          </Button>
          {current && !current.isDefault && (
            <Button variant="secondary" onClick={() => makeDefault.mutate()}>
              Make default
            </Button>
          )}
        </div>
      </Card>
      <div className="lg:sticky lg:top-6 lg:self-start">
        <CardPreview theme={draft} quote="The most important habit is to write down what the customer wants." speaker="Alice · 0:41" />
      </div>
    </div>
  );
}
