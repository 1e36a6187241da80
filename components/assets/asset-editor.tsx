"use client";
// Edits a document block by block: text fields for prose, one line per item for lists.
import { useState } from "react";
import type { AssetDocument, Block } from "@/lib/documents/model";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";

const lines = (s: string) => s.split("\n").map((l) => l.trim()).filter(Boolean);

function BlockEditor({ block, onChange, index }: { block: Block; onChange: (b: Block) => void; index: number }) {
  const id = `block-${index}`;
  switch (block.type) {
    case "heading":
    case "paragraph":
    case "callout":
      return (
        <label htmlFor={id} className="block text-xs font-medium text-slate-600 dark:text-slate-400">
          {block.type === "heading" ? `Heading ${block.level}` : block.type === "callout" ? "Callout" : "Paragraph"}
          <textarea id={id} className={inputClass} rows={block.type === "heading" ? 1 : 3} value={block.text} onChange={(e) => onChange({ ...block, text: e.target.value })} />
        </label>
      );
    case "bullets":
    case "steps":
      return (
        <label htmlFor={id} className="block text-xs font-medium text-slate-600 dark:text-slate-400">
          {block.type === "steps" ? "Numbered steps" : "Bullets"} (one per line)
          <textarea id={id} className={inputClass} rows={Math.min(12, block.items.length + 1)} defaultValue={block.items.join("\n")} onChange={(e) => onChange({ ...block, items: lines(e.target.value) })} />
        </label>
      );
    case "checklist":
      return (
        <label htmlFor={id} className="block text-xs font-medium text-slate-600 dark:text-slate-400">
          Checklist (one item per line)
          <textarea id={id} className={inputClass} rows={Math.min(12, block.items.length + 1)} defaultValue={block.items.map((i) => i.text).join("\n")} onChange={(e) => onChange({ ...block, items: lines(e.target.value).map((text) => ({ text, checked: false })) })} />
        </label>
      );
    case "quote":
      return (
        <label htmlFor={id} className="block text-xs font-medium text-slate-600 dark:text-slate-400">
          Quote
          <textarea id={id} className={inputClass} rows={3} value={block.text} onChange={(e) => onChange({ ...block, text: e.target.value })} />
        </label>
      );
    case "faq":
      return (
        <fieldset className="space-y-2">
          <legend className="text-xs font-medium text-slate-600 dark:text-slate-400">FAQ</legend>
          {block.items.map((item, i) => (
            <div key={i} className="grid gap-1">
              <input aria-label={`Question ${i + 1}`} className={inputClass} value={item.question} onChange={(e) => onChange({ ...block, items: block.items.map((x, j) => (j === i ? { ...x, question: e.target.value } : x)) })} />
              <textarea aria-label={`Answer ${i + 1}`} className={inputClass} rows={2} value={item.answer} onChange={(e) => onChange({ ...block, items: block.items.map((x, j) => (j === i ? { ...x, answer: e.target.value } : x)) })} />
            </div>
          ))}
        </fieldset>
      );
    case "glossary":
      return (
        <fieldset className="space-y-2">
          <legend className="text-xs font-medium text-slate-600 dark:text-slate-400">Glossary</legend>
          {block.terms.map((t, i) => (
            <div key={i} className="grid gap-1 sm:grid-cols-[12rem_1fr]">
              <input aria-label={`Term ${i + 1}`} className={inputClass} value={t.term} onChange={(e) => onChange({ ...block, terms: block.terms.map((x, j) => (j === i ? { ...x, term: e.target.value } : x)) })} />
              <input aria-label={`Definition ${i + 1}`} className={inputClass} value={t.definition} onChange={(e) => onChange({ ...block, terms: block.terms.map((x, j) => (j === i ? { ...x, definition: e.target.value } : x)) })} />
            </div>
          ))}
        </fieldset>
      );
    case "quiz":
      return (
        <fieldset className="space-y-2">
          <legend className="text-xs font-medium text-slate-600 dark:text-slate-400">Quiz questions</legend>
          {block.questions.map((q, i) => (
            <input key={i} aria-label={`Quiz question ${i + 1}`} className={inputClass} value={q.question} onChange={(e) => onChange({ ...block, questions: block.questions.map((x, j) => (j === i ? { ...x, question: e.target.value } : x)) })} />
          ))}
        </fieldset>
      );
    case "table":
      return <p className="text-xs text-slate-600 dark:text-slate-400">Tables are edited in the downloaded Word file.</p>;
  }
}

export function AssetEditor({ doc, onSave, onCancel, saving }: { doc: AssetDocument; onSave: (doc: AssetDocument) => void; onCancel: () => void; saving: boolean }) {
  const [draft, setDraft] = useState<AssetDocument>(doc);
  return (
    <div className="space-y-3">
      <label className="block text-xs font-medium text-slate-600 dark:text-slate-400">
        Title
        <input className={inputClass} value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
      </label>
      {draft.blocks.map((block, i) => (
        <BlockEditor key={i} index={i} block={block} onChange={(b) => setDraft({ ...draft, blocks: draft.blocks.map((x, j) => (j === i ? b : x)) })} />
      ))}
      <div className="flex gap-2">
        <Button onClick={() => onSave(draft)} disabled={saving}>
          {saving ? "Saving…" : "Save changes"}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
