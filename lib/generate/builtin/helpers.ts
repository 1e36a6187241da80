import type { Block } from "@/lib/documents/model";
import { clip, jaccard, words } from "@/lib/nlp/text";
import type { GenContext } from "./context";

/** The best-ranked units, back in spoken order. */
export function keySentences(ctx: GenContext, n: number, within?: { start: number; end: number }) {
  return ctx.units
    .filter((u) => !within || (u.start >= within.start - 0.01 && u.end <= within.end + 0.01))
    .filter((u) => words(u.text).length >= 6 && !/\?\s*$/.test(u.text))
    .sort((a, b) => b.rank - a.rank)
    .reduce<typeof ctx.units>((kept, u) => (kept.some((k) => jaccard(k.content, u.content) > 0.5) ? kept : [...kept, u]), [])
    .slice(0, n)
    .sort((a, b) => a.index - b.index);
}

export const unique = (items: string[]) => items.filter((x, i) => x && items.findIndex((y) => y.toLowerCase() === x.toLowerCase()) === i);

/** Process-like sentences ("first…, then…, click…") in spoken order, as procedure steps. */
export function procedureSteps(ctx: GenContext, max: number) {
  const process = /\b(first|then|next|after that|finally|once|before|click|open|go to|log in|select|enter|fill|send|create|set up|check|book|review|submit|schedule|assign)\b/i;
  const fromActions = ctx.input.extraction.actionItems.map((a) => ({ text: a, at: ctx.units.find((u) => a.toLowerCase().includes(words(u.text).slice(0, 4).join(" ").toLowerCase()))?.index ?? 9e9 }));
  const fromUnits = ctx.units.filter((u) => process.test(u.text) && words(u.text).length >= 5 && !/\?\s*$/.test(u.text)).map((u) => ({ text: ctx.sentence(u.text), at: u.index }));
  const merged = [...fromUnits, ...fromActions].sort((a, b) => a.at - b.at).map((s) => clip(ctx.voice(s.text), 32));
  const out: string[] = [];
  for (const s of merged) if (!out.some((o) => jaccard(new Set(words(o.toLowerCase())), new Set(words(s.toLowerCase()))) > 0.55)) out.push(s);
  return out.slice(0, max);
}

export const heading = (text: string, level: 1 | 2 | 3 = 2): Block => ({ type: "heading", level, text });
export const paragraph = (text: string): Block => ({ type: "paragraph", text });
export const bullets = (items: string[]): Block => ({ type: "bullets", items });

export function topicList(ctx: GenContext, n: number) {
  return ctx.input.extraction.topics.slice(0, n).map((t) => t.label);
}

export function joinList(items: string[]) {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
