// Summary email: subject line, a greeting in the voice's tone, what was covered, the action
// items, and a sign-off.
import type { AssetDocument, Block } from "@/lib/documents/model";
import type { GenContext } from "./context";
import { bullets, heading, paragraph, steps } from "./blocks";
import { greeting, signOff } from "./voice";
import { procedureSteps } from "./sop";
import { shorten } from "./shorten";
import { inSpokenOrder } from "./locate";

const firstSentence = (s: string) => s.split(/(?<=[.!?])\s+/)[0] ?? s;

export function summaryEmail(ctx: GenContext): AssetDocument {
  const moments = ctx.extraction.moments.slice(0, 6);
  // The eight steps said with most weight, kept in the order they were said.
  const located = inSpokenOrder(ctx.analysis.units, procedureSteps(ctx, 40));
  const actions = located
    .map((l, i) => ({ text: l.text, i, rank: l.unit?.rank ?? 0 }))
    .sort((a, b) => b.rank - a.rank || a.i - b.i)
    .slice(0, 8)
    .sort((a, b) => a.i - b.i)
    .map((a) => a.text);
  const intro = {
    formal: `Please find below a summary of “${ctx.input.job.title}”, with the points to retain and the actions that follow from it.`,
    friendly: `Here's a quick recap of “${ctx.input.job.title}” so everything is in one place.`,
    energetic: `Here's your recap of “${ctx.input.job.title}”: the big ideas and what to do next.`,
    neutral: `Here is a short recap of “${ctx.input.job.title}”: what we covered and what to do next.`,
  }[ctx.tone];
  const blocks: Block[] = [
    paragraph(`Subject: Recap: ${ctx.input.job.title} (${moments.length} key points${actions.length ? `, ${actions.length} next steps` : ""})`),
    paragraph(greeting(ctx.tone, ctx.audience)),
    paragraph(intro),
    heading("What we covered"),
    bullets(moments.map((m) => `${m.title}: ${shorten(firstSentence(m.summary), 28)}`)),
  ];
  if (actions.length) blocks.push(heading("Your next steps"), steps(actions));
  blocks.push(paragraph(ctx.tone === "formal" ? "Should anything be unclear, please reply to this email." : "Reply to this email if anything is unclear."), paragraph(signOff(ctx.tone)));
  return { title: ctx.spec.title, subtitle: ctx.subtitle, blocks };
}
