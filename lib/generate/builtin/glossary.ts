import type { AssetDocument } from "@/lib/documents/model";
import type { GenContext } from "./context";
import { paragraph } from "./blocks";

/** Glossary: the terms of the session, alphabetical, in the speaker's own definitions. */
export function glossary(ctx: GenContext): AssetDocument {
  const terms = [...ctx.extraction.glossary].sort((a, b) => a.term.localeCompare(b.term, "en", { sensitivity: "base" }));
  return {
    title: ctx.spec.title,
    subtitle: ctx.subtitle,
    blocks: [
      paragraph(terms.length ? `${terms.length} terms used in “${ctx.input.job.title}”, explained the way the session explains them.` : "The session defines no special terms."),
      { type: "glossary", terms: terms.map((t) => ({ term: t.term, definition: t.definition })) },
    ],
  };
}
