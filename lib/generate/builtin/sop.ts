// Standard operating procedure: purpose, scope, roles, numbered steps in the order the
// recording teaches them, tips and the terms used.
import type { AssetDocument, Block } from "@/lib/documents/model";
import { tidySentence } from "@/lib/nlp/tidy-sentence";
import { containsPhrase } from "@/lib/nlp/text";
import type { GenContext } from "./context";
import { bullets, callout, heading, joinList, paragraph, steps } from "./blocks";
import { inSpokenOrder } from "./locate";
import { findRoles } from "./roles";
import { shorten } from "./shorten";

const TIP = /\b(never|always|don't|do not|the best|a good rule|most important|habit|remember|tip|rather|instead)\b/i;

export function procedureSteps(ctx: GenContext, max = 20) {
  return inSpokenOrder(ctx.analysis.units, ctx.extraction.actionItems)
    .map((s) => tidySentence(s.text, { keepLeadIn: true }))
    .slice(0, max);
}

export function sop(ctx: GenContext): AssetDocument {
  const procedure = procedureSteps(ctx);
  const topics = ctx.extraction.topics.slice(0, 4).map((t) => t.label);
  const roles = findRoles(ctx.analysis);
  const inSteps = (text: string) => procedure.some((p) => p.toLowerCase().includes(text.toLowerCase().slice(0, 40)));
  const tips = ctx.analysis.units
    .filter((u) => TIP.test(u.text) && u.wordCount >= 7 && !/\?$/.test(u.text.trim()))
    .map((u) => tidySentence(u.text))
    .filter((t) => !inSteps(t))
    .slice(0, 6);
  const terms = ctx.extraction.glossary.filter((g) => procedure.some((p) => containsPhrase(p, g.term))).slice(0, 8);
  const blocks: Block[] = [
    heading("Purpose"),
    paragraph(`This procedure captures how to do the work described in “${ctx.input.job.title}”, so that ${ctx.audience === "team" ? "anyone on the team" : ctx.audience} can follow it the same way every time.${ctx.extraction.moments[0] ? ` ${ctx.extraction.moments[0].summary.split(/(?<=[.!?])\s/)[0]}` : ""}`),
    heading("Scope"),
    paragraph(`It applies to ${ctx.audience === "team" ? "everyone on the team" : ctx.audience} and covers ${joinList(ctx.extraction.moments.slice(0, 5).map((m) => m.title.toLowerCase())) || joinList(topics)}.`),
  ];
  if (roles.length) blocks.push(heading("Roles"), { type: "table", columns: ["Role", "Responsibility"], rows: roles.map((r) => [r.role, r.duty]) });
  blocks.push(heading("Procedure"), procedure.length ? steps(procedure) : paragraph("The recording describes no explicit steps; follow the key points in the summary."));
  if (tips.length) blocks.push(heading("Tips"), bullets(tips.map((t) => shorten(t, 30))));
  if (terms.length) blocks.push(heading("Terms used"), { type: "glossary", terms: terms.map((t) => ({ term: t.term, definition: t.definition })) });
  if (ctx.extraction.questions.length) blocks.push(callout(`${ctx.extraction.questions.length} questions came up in the session; the FAQ answers them.`));
  return { title: ctx.spec.title, subtitle: ctx.subtitle, blocks };
}
