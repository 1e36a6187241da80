import type { AssetDocument } from "@/lib/documents/model";
import { capitalize, cleanSpeech } from "@/lib/nlp/tidy-sentence";
import { containsAvoided } from "./voice";
import type { GenContext } from "./context";

/** The quote's own words, capitalised and punctuated for a card (ASR text has neither). */
export const displayQuote = (text: string) => {
  const t = capitalize(cleanSpeech(text));
  return /[.!?…]["')]?$/.test(t) ? t : `${t}.`;
};

/** One card per top quote (at most 10). Quotes with words the voice avoids are skipped, not reworded. */
export function quoteCards(ctx: GenContext): { title: string; content: AssetDocument }[] {
  return ctx.extraction.quotes
    .filter((q) => !containsAvoided(q.text, ctx.input.voice))
    .slice(0, 10)
    .map((q, i) => {
      const title = `Quote ${i + 1}${q.speaker ? ` · ${q.speaker}` : ""}`;
      return { title, content: { title, subtitle: ctx.subtitle, blocks: [{ type: "quote", text: displayQuote(q.text), speaker: q.speaker ?? null, start: q.start, end: q.end }] } };
    });
}
