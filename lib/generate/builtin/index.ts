import type { AssetDocument } from "@/lib/documents/model";
import type { AssetType } from "@/lib/kits/model";
import { type GenerateInput, type GeneratedAsset, UnsupportedLanguageError } from "../model";
import { buildContext, type GenContext } from "./context";
import { checklist, faq, glossary, sop, summary, summaryEmail } from "./documents";
import { lessonNotes, outline, slideOutline, worksheet } from "./course";
import { quiz } from "./quiz";
import { linkedinPosts, quoteCards } from "./social";
import { interviewQuestions } from "./interview";

const single: Partial<Record<AssetType, (ctx: GenContext) => AssetDocument>> = {
  sop,
  checklist,
  quiz,
  glossary,
  faq,
  summary_email: summaryEmail,
  outline,
  lesson_notes: lessonNotes,
  worksheet,
  slide_outline: slideOutline,
  summary,
  interview_questions: interviewQuestions,
};

/** The built-in, offline generator: every asset of the template, from the transcript and extraction. */
export function generateBuiltin(input: GenerateInput): GeneratedAsset[] {
  if (input.outputLanguage !== "en") throw new UnsupportedLanguageError(input.outputLanguage);
  return input.template.assets.flatMap((spec): GeneratedAsset[] => {
    const ctx = buildContext(input, spec);
    if (spec.type === "linkedin_post") return linkedinPosts(ctx).map((p) => ({ type: spec.type, ...p }));
    if (spec.type === "quote_card") return quoteCards(ctx).map((p) => ({ type: spec.type, ...p }));
    const content = single[spec.type]!(ctx);
    return [{ type: spec.type, title: content.title, content }];
  });
}
