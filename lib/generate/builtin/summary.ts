import type { AssetDocument } from "@/lib/documents/model";
import { tidySentence } from "@/lib/nlp/tidy-sentence";
import { isQuestion } from "@/lib/nlp/is-question";
import type { GenContext } from "./context";
import { bullets, heading, paragraph } from "./blocks";
import { shorten } from "./shorten";

/** Summary: an overview from the most central sentences, one takeaway per moment, the topics. */
export function summary(ctx: GenContext): AssetDocument {
  const overview = ctx.analysis.units
    .filter((u) => u.wordCount >= 8 && !isQuestion(u.text))
    .sort((a, b) => b.rank - a.rank || a.index - b.index)
    .slice(0, 4)
    .sort((a, b) => a.index - b.index)
    .map((u) => tidySentence(u.text));
  return {
    title: ctx.spec.title,
    subtitle: ctx.subtitle,
    blocks: [
      heading("Overview"),
      paragraph(overview.join(" ")),
      heading("Key takeaways"),
      bullets(ctx.extraction.moments.slice(0, 10).map((m) => `${m.title}: ${shorten(m.summary.split(/(?<=[.!?])\s+/)[0], 25)}`)),
      heading("Topics"),
      bullets(ctx.extraction.topics.slice(0, 10).map((t) => t.label.replace(/^./, (c) => c.toUpperCase()))),
    ],
  };
}
