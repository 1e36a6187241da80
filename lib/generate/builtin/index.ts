// The built-in, offline generator: every asset of the kit template from the transcript and the
// extraction, by extractive methods and templates. English only.
import type { AssetDocument } from "@/lib/documents/model";
import type { AssetType } from "@/lib/kits/model";
import { type GenerateInput, type GeneratedAsset, UnsupportedLanguageError } from "../model";
import { buildContext, type GenContext } from "./context";
import { finalizeDocument } from "./finalize";
import { sop } from "./sop";
import { checklist } from "./checklist";
import { quiz } from "./quiz";
import { glossary } from "./glossary";
import { faq } from "./faq";
import { summaryEmail } from "./summary-email";
import { outline } from "./outline";
import { lessonNotes } from "./lesson-notes";
import { worksheet } from "./worksheet";
import { slideOutline } from "./slide-outline";
import { summary } from "./summary";
import { linkedinPosts } from "./linkedin-post";
import { quoteCards } from "./quote-card";
import { interviewQuestions } from "./interview-questions";

type Many = (ctx: GenContext) => { title: string; content: AssetDocument }[];
const one = (fn: (ctx: GenContext) => AssetDocument): Many => (ctx) => {
  const content = fn(ctx);
  return [{ title: content.title, content }];
};

const generators: Record<AssetType, Many> = {
  sop: one(sop),
  checklist: one(checklist),
  quiz: one(quiz),
  glossary: one(glossary),
  faq: one(faq),
  summary_email: one(summaryEmail),
  outline: one(outline),
  lesson_notes: one(lessonNotes),
  worksheet: one(worksheet),
  slide_outline: one(slideOutline),
  summary: one(summary),
  linkedin_post: linkedinPosts,
  quote_card: quoteCards,
  interview_questions: one(interviewQuestions),
};

export function generateBuiltin(input: GenerateInput): GeneratedAsset[] {
  if (input.outputLanguage.toLowerCase().split("-")[0] !== "en") throw new UnsupportedLanguageError(input.outputLanguage);
  return input.template.assets.flatMap((spec) =>
    generators[spec.type](buildContext(input, spec)).map(({ title, content }) => {
      const doc = finalizeDocument(content, input.voice);
      return { type: spec.type, title: doc.title || title, content: doc, provider: "builtin" };
    }),
  );
}
