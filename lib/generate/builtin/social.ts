// LinkedIn drafts (one per moment, up to 15) and quote cards (one per top quote, up to 10).
import type { AssetDocument } from "@/lib/documents/model";
import { clip, sentenceCase, words } from "@/lib/nlp/text";
import type { GenContext } from "./context";
import { keySentences } from "./helpers";

const hashtag = (label: string) => `#${label.replace(/[^A-Za-z0-9 ]/g, "").split(" ").filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("")}`;

export function linkedinPosts(ctx: GenContext): { title: string; content: AssetDocument }[] {
  const tags = ctx.input.extraction.topics.slice(0, 3).map((t) => hashtag(t.label)).filter((t) => t.length > 2);
  return ctx.input.extraction.moments.slice(0, 15).map((m, i) => {
    const quote = ctx.input.extraction.quotes.find((q) => q.start >= m.start && q.end <= m.end + 0.01);
    const points = keySentences(ctx, 3, m).map((u) => clip(ctx.sentence(u.text), 22));
    const hook = quote && words(quote.text).length <= 25 ? `“${ctx.voice(sentenceCase(quote.text))}”` : `${m.title}: what most ${ctx.audience} get wrong.`;
    const lines = [hook, "", ...points.map((p) => `→ ${p}`), "", ctx.voice(`The takeaway: ${clip(m.summary, 28)}`), "", `How does your ${ctx.audience === "team" ? "team" : ctx.audience} handle ${m.title.toLowerCase()}?`, "", tags.join(" ")];
    let text = lines.join("\n").trim();
    if (text.length > 3000) text = `${text.slice(0, 2990)}…`;
    return { title: `Post ${i + 1}: ${m.title}`, content: { title: `Post ${i + 1}: ${m.title}`, blocks: [{ type: "paragraph", text }] } };
  });
}

export function quoteCards(ctx: GenContext): { title: string; content: AssetDocument }[] {
  return ctx.input.extraction.quotes.slice(0, 10).map((q, i) => ({
    title: `Quote ${i + 1}`,
    content: { title: `Quote ${i + 1}`, subtitle: ctx.subtitle, blocks: [{ type: "quote", text: q.text, speaker: q.speaker ?? null, start: q.start, end: q.end }] },
  }));
}
