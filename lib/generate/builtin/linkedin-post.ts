// LinkedIn drafts, one per moment (at most 15): a hook, 3–5 short lines from that moment, a
// takeaway, a question that invites comments, and three hashtags from the topics.
import type { AssetDocument, Block } from "@/lib/documents/model";
import type { Moment } from "@/lib/extract/model";
import { isQuestion } from "@/lib/nlp/is-question";
import { tidySentence } from "@/lib/nlp/tidy-sentence";
import { containsPhrase } from "@/lib/nlp/text";
import type { GenContext } from "./context";
import { paragraph } from "./blocks";
import { shorten } from "./shorten";
import { displayQuote } from "./quote-card";
import { containsAvoided, type Tone } from "./voice";

const MAX_CHARS = 3000;

export const hashtag = (label: string) =>
  `#${label
    .replace(/[^\p{L}\p{N} ]/gu, "")
    .split(" ")
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join("")}`;

const QUESTIONS: Record<Tone, (t: string) => string> = {
  formal: (t) => `How does your organisation approach ${t}?`,
  friendly: (t) => `How do you handle ${t} on your team?`,
  energetic: (t) => `What's your best trick for ${t}? Drop it below 👇`,
  neutral: (t) => `How does your team handle ${t}?`,
};

function hook(ctx: GenContext, m: Moment, lines: string[]) {
  const quote = ctx.extraction.quotes.find((q) => q.start >= m.start - 0.01 && q.end <= m.end + 0.01 && q.text.split(/\s+/).length <= 25 && !containsAvoided(q.text, ctx.input.voice));
  if (quote) return `“${displayQuote(quote.text)}”`;
  const lead = lines[0] ?? m.title;
  return ctx.tone === "energetic" ? `${m.title}: most teams get this wrong.` : ctx.tone === "formal" ? `On ${m.title.toLowerCase()}: ${lead}` : `${m.title}, in one line: ${lead}`;
}

function post(ctx: GenContext, m: Moment, index: number): { title: string; content: AssetDocument } {
  const units = ctx.analysis.units.filter((u) => u.start >= m.start - 0.01 && u.end <= m.end + 0.01 && u.wordCount >= 6 && !isQuestion(u.text));
  const lines = [...units]
    .sort((a, b) => b.rank - a.rank || a.index - b.index)
    .slice(0, 5)
    .sort((a, b) => a.index - b.index)
    .map((u) => shorten(tidySentence(u.text), 18));
  const hookLine = hook(ctx, m, lines);
  const body = lines.filter((l) => !hookLine.includes(l.replace(/[.!?]$/, ""))).slice(0, 5);
  while (body.length < 3 && m.summary) {
    const extra = m.summary.split(/(?<=[.!?])\s+/).find((s) => !body.includes(s) && !hookLine.includes(s.replace(/[.!?]$/, "")));
    if (!extra) break;
    body.push(shorten(extra, 18));
  }
  const local = ctx.extraction.topics.filter((t) => units.some((u) => containsPhrase(u.text, t.label)));
  const tags = [...new Set([...local, ...ctx.extraction.topics].map((t) => hashtag(t.label)))].filter((t) => t.length > 2).slice(0, 3);
  const takeaway = `The takeaway: ${shorten(m.summary.split(/(?<=[.!?])\s+/)[0], 25)}`;
  const blocks: Block[] = [paragraph(hookLine), ...body.map((l) => paragraph(`→ ${l}`)), paragraph(takeaway), paragraph(QUESTIONS[ctx.tone](m.title.toLowerCase())), paragraph(tags.join(" "))];
  while (blocks.reduce((n, b) => n + (b.type === "paragraph" ? b.text.length + 2 : 0), 0) > MAX_CHARS && blocks.length > 6) blocks.splice(blocks.length - 4, 1);
  const title = `Post ${index + 1}: ${m.title}`;
  return { title, content: { title, blocks } };
}

export function linkedinPosts(ctx: GenContext): { title: string; content: AssetDocument }[] {
  return ctx.extraction.moments.slice(0, 15).map((m, i) => post(ctx, m, i));
}
