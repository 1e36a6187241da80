import type { AssetDocument, Block } from "@/lib/documents/model";
import { containsPhrase } from "@/lib/nlp/text";
import type { GenContext } from "./context";
import { bullets, heading, paragraph } from "./blocks";
import { displayQuote } from "./quote-card";

/** Lesson notes: for each outline section an overview, the key points, a quote and the terms it uses. */
export function lessonNotes(ctx: GenContext): AssetDocument {
  const blocks: Block[] = [];
  ctx.sections.forEach((s, i) => {
    const text = s.units.map((u) => u.text).join(" ");
    const terms = ctx.extraction.glossary.filter((g) => containsPhrase(text, g.term)).slice(0, 4);
    blocks.push(heading(`Lesson ${i + 1}: ${s.title}`), paragraph(s.points.slice(0, 2).join(" ")), heading("Key points", 3), bullets(s.points.slice(0, 5)));
    const quote = s.quotes[0];
    if (quote) blocks.push({ type: "quote", text: displayQuote(quote.text), speaker: quote.speaker ?? null, start: quote.start, end: quote.end });
    if (terms.length) blocks.push(heading("Terms", 3), { type: "glossary", terms: terms.map((t) => ({ term: t.term, definition: t.definition })) });
  });
  return { title: ctx.spec.title, subtitle: ctx.subtitle, blocks };
}
