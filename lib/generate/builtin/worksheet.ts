// Worksheet: reflection prompts per section, exercises from the action items, the terms and the
// questions people asked, and a table to plan what to apply.
import type { AssetDocument } from "@/lib/documents/model";
import type { GenContext } from "./context";
import { heading, paragraph, steps } from "./blocks";
import { procedureSteps } from "./sop";

const PROMPTS = [
  (t: string) => `What is the one idea from “${t}” you would explain to a colleague first, and why?`,
  (t: string) => `Where does “${t}” show up in your own work this week?`,
  (t: string) => `What would go wrong if someone skipped “${t}”? Describe a concrete case.`,
  (t: string) => `What question about “${t}” would you still ask the speaker?`,
];

export function worksheet(ctx: GenContext): AssetDocument {
  const prompts = ctx.sections.map((s, i) => PROMPTS[i % PROMPTS.length](s.title));
  const actions = procedureSteps(ctx, 4).map((a) => `Practise this step and note what was harder than expected: ${a}`);
  const terms = ctx.extraction.glossary.slice(0, 3).map((g) => `Explain “${g.term}” in your own words, then compare with the definition in the glossary.`);
  const scenarios = ctx.extraction.questions.slice(0, 3).map((q) => `A new colleague asks: “${q.question}” Write the answer you would give.`);
  return {
    title: ctx.spec.title,
    subtitle: ctx.subtitle,
    blocks: [
      paragraph("Work through this on your own or in pairs. There are no wrong answers: the point is to connect the session to your own work."),
      heading("Reflect"),
      steps(prompts),
      heading("Exercises"),
      steps([...actions, ...terms, ...scenarios]),
      heading("Plan"),
      { type: "table", columns: ["Idea", "How I will use it", "By when"], rows: ctx.sections.slice(0, 5).map((s) => [s.title, "", ""]) },
    ],
  };
}
