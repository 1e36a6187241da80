// The one structured document model every asset is stored as. Renderers (PDF, DOCX,
// Markdown) and the Studio editor read it; generators (built-in and LLM) write it.
import { z } from "zod";

const text = z.string().max(20_000);

export const blockSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("heading"), level: z.union([z.literal(1), z.literal(2), z.literal(3)]), text }),
  z.object({ type: z.literal("paragraph"), text }),
  z.object({ type: z.literal("bullets"), items: z.array(text).max(200) }),
  z.object({ type: z.literal("steps"), items: z.array(text).max(200) }),
  z.object({ type: z.literal("checklist"), items: z.array(z.object({ text, checked: z.boolean().default(false) })).max(200) }),
  z.object({
    type: z.literal("quiz"),
    questions: z
      .array(z.object({ question: text, choices: z.array(text).min(2).max(8), answerIndex: z.number().int().min(0), explanation: text.nullish() }))
      .max(100),
  }),
  z.object({ type: z.literal("glossary"), terms: z.array(z.object({ term: text, definition: text })).max(200) }),
  z.object({ type: z.literal("faq"), items: z.array(z.object({ question: text, answer: text })).max(100) }),
  z.object({ type: z.literal("table"), columns: z.array(text).min(1).max(12), rows: z.array(z.array(text)).max(500) }),
  z.object({ type: z.literal("quote"), text, speaker: z.string().nullish(), start: z.number().nullish(), end: z.number().nullish() }),
  z.object({ type: z.literal("callout"), text }),
]);

export const assetDocumentSchema = z.object({
  title: z.string().min(1).max(300),
  subtitle: z.string().max(500).nullish(),
  blocks: z.array(blockSchema).max(2000),
});

export type Block = z.infer<typeof blockSchema>;
export type BlockType = Block["type"];
export type AssetDocument = z.infer<typeof assetDocumentSchema>;

/** What every rendered document is branded with (from the workspace's brand profile). */
export interface Brand {
  name: string; // workspace or client name shown in the header/footer
  clientLabel?: string | null;
  accentColor: string; // #rrggbb
  logo?: { bytes: Uint8Array; mimeType: "image/png" | "image/jpeg" } | null;
  footer?: string | null;
}

export const defaultBrand: Brand = { name: "Talksmith", accentColor: "#4f46e5", footer: "Made with Talksmith" };
