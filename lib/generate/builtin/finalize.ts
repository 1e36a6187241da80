// Last pass over every generated document: the voice's word choices everywhere (so an avoided
// word cannot slip in through a definition or a heading), quotes that would need rewording
// dropped instead, empty blocks removed, and the result checked against the document schema.
import { assetDocumentSchema, type AssetDocument, type Block } from "@/lib/documents/model";
import type { VoiceProfileSpec } from "@/lib/kits/model";
import { applyVoice, containsAvoided } from "./voice";

function voiceBlock(block: Block, v: (s: string) => string): Block | null {
  switch (block.type) {
    case "heading":
    case "paragraph":
    case "callout":
      return block.text.trim() ? { ...block, text: v(block.text) } : null;
    case "bullets":
    case "steps":
      return block.items.length ? { ...block, items: block.items.map(v) } : null;
    case "checklist":
      return block.items.length ? { ...block, items: block.items.map((i) => ({ ...i, text: v(i.text) })) } : null;
    case "quiz":
      return { ...block, questions: block.questions.map((q) => ({ ...q, question: v(q.question), choices: q.choices.map(v), explanation: q.explanation ? v(q.explanation) : q.explanation })) };
    case "glossary":
      return block.terms.length ? { ...block, terms: block.terms.map((t) => ({ term: v(t.term), definition: v(t.definition) })) } : null;
    case "faq":
      return block.items.length ? { ...block, items: block.items.map((i) => ({ question: v(i.question), answer: v(i.answer) })) } : null;
    case "table":
      return { ...block, columns: block.columns.map(v), rows: block.rows.map((r) => r.map(v)) };
    case "quote":
      return block.text.trim() ? block : null;
  }
}

export function finalizeDocument(doc: AssetDocument, voice: VoiceProfileSpec | null | undefined): AssetDocument {
  const v = (s: string) => applyVoice(s, voice);
  const blocks = doc.blocks
    .filter((b) => b.type !== "quote" || !containsAvoided(b.text, voice))
    .map((b) => voiceBlock(b, v))
    .filter((b): b is Block => b !== null);
  return assetDocumentSchema.parse({ title: v(doc.title), subtitle: doc.subtitle ? v(doc.subtitle) : doc.subtitle, blocks });
}
