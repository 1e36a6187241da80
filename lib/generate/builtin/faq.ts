// FAQ: the questions people really asked (with the answers given), then a question for each
// key moment, answered from what was said there.
import type { AssetDocument } from "@/lib/documents/model";
import type { Moment } from "@/lib/extract/model";
import { containsPhrase, unique } from "@/lib/nlp/text";
import type { GenContext } from "./context";
import { paragraph } from "./blocks";

function questionFor(ctx: GenContext, m: Moment) {
  const title = m.title.toLowerCase();
  const defined = ctx.extraction.glossary.find((g) => g.term.toLowerCase() === title || containsPhrase(m.summary, g.term));
  if (defined && defined.term.toLowerCase() === title) return `What does “${defined.term}” mean, and why does it matter?`;
  if (ctx.extraction.actionItems.some((a) => containsPhrase(a, title))) return `What do I need to do about the ${title}?`;
  return `What should I know about ${title}?`;
}

export function faq(ctx: GenContext): AssetDocument {
  const asked = ctx.extraction.questions.filter((q) => q.answer).map((q) => ({ question: q.question, answer: q.answer! }));
  const fromMoments = ctx.extraction.moments.map((m) => ({ question: questionFor(ctx, m), answer: m.summary }));
  const items = unique([...asked, ...fromMoments], (i) => i.question).slice(0, 20);
  return {
    title: ctx.spec.title,
    subtitle: ctx.subtitle,
    blocks: [paragraph(`${asked.length ? `The ${asked.length} questions asked during the session come first, then` : "Here are"} answers to what a newcomer usually wants to know about each part of “${ctx.input.job.title}”.`), { type: "faq", items }],
  };
}
