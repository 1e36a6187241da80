import type { KitTemplateSpec } from "./model";

export const builtinKits: KitTemplateSpec[] = [
  {
    key: "onboarding_kit",
    name: "Onboarding Kit",
    description: "Turn a walkthrough into an SOP, a checklist, a quiz, a glossary, an FAQ and a summary email for new hires.",
    category: "Onboarding",
    assets: [
      { type: "sop", title: "Standard operating procedure" },
      { type: "checklist", title: "Onboarding checklist" },
      { type: "quiz", title: "Knowledge check quiz" },
      { type: "glossary", title: "Glossary" },
      { type: "faq", title: "FAQ" },
      { type: "summary_email", title: "Summary email" },
    ],
  },
  {
    key: "course_pack",
    name: "Course Pack",
    description: "Turn a talk or workshop into a course: outline, lesson notes per section, quiz, worksheet, slide outline and summary.",
    category: "Courses",
    assets: [
      { type: "outline", title: "Course outline" },
      { type: "lesson_notes", title: "Lesson notes" },
      { type: "quiz", title: "Course quiz" },
      { type: "worksheet", title: "Worksheet" },
      { type: "slide_outline", title: "Slide outline" },
      { type: "summary", title: "Course summary" },
    ],
  },
  {
    key: "linkedin_kit",
    name: "LinkedIn Kit",
    description: "Up to 15 LinkedIn post drafts, one per key moment of the recording.",
    category: "Marketing",
    assets: [{ type: "linkedin_post", title: "LinkedIn posts" }],
  },
  {
    key: "quote_kit",
    name: "Quote Kit",
    description: "Quote cards of the most quotable lines, with speaker and timestamp.",
    category: "Marketing",
    assets: [{ type: "quote_card", title: "Quote cards" }],
  },
  {
    key: "interview_kit",
    name: "Interview Kit",
    description: "Interview questions drawn from the recording, each with what a strong answer covers.",
    category: "Hiring",
    assets: [{ type: "interview_questions", title: "Interview questions" }],
  },
];
