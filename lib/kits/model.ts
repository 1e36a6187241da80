// Kit templates: which assets a kit produces. Built-ins live in code (builtins.ts) and are
// seeded as rows with workspaceId null; workspaces duplicate, edit and install their own.
import { z } from "zod";

export const assetTypes = [
  "sop",
  "checklist",
  "quiz",
  "glossary",
  "faq",
  "summary_email",
  "outline",
  "lesson_notes",
  "worksheet",
  "slide_outline",
  "summary",
  "linkedin_post",
  "quote_card",
  "interview_questions",
] as const;

export const assetTypeSchema = z.enum(assetTypes);
export type AssetType = z.infer<typeof assetTypeSchema>;

export const kitAssetSpecSchema = z.object({
  type: assetTypeSchema,
  title: z.string().min(1).max(200),
  /** Optional guidance for this asset (section prompts / outline hints), used by both generators. */
  prompt: z.string().max(2000).nullish(),
});

export const kitTemplateSpecSchema = z.object({
  key: z.string().regex(/^[a-z0-9_]{2,64}$/),
  name: z.string().min(1).max(120),
  description: z.string().max(2000),
  category: z.string().max(60).default("General"),
  tone: z.string().max(200).nullish(),
  assets: z.array(kitAssetSpecSchema).min(1).max(40),
});

export type KitAssetSpec = z.infer<typeof kitAssetSpecSchema>;
export type KitTemplateSpec = z.infer<typeof kitTemplateSpecSchema>;

/** A voice profile steers wording in both generators. */
export interface VoiceProfileSpec {
  name: string;
  tone: string;
  audience?: string | null;
  preferWords: string[];
  avoidWords: string[];
  exampleText?: string | null;
}

/** PATCH /kits/:id body: the key stays; anything else may change. */
export const kitTemplateUpdate = kitTemplateSpecSchema.omit({ key: true }).partial();
export type KitTemplateUpdate = z.output<typeof kitTemplateUpdate>;

/** GET /kits item: the template's key is its public id. */
export const kitView = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  category: z.string(),
  assets: z.array(z.object({ type: z.string(), title: z.string() })),
  source: z.enum(["builtin", "workspace", "marketplace"]),
});
export type KitView = z.infer<typeof kitView>;
