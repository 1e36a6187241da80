// SOP, checklist, glossary, FAQ, summary email and summary: built from the extraction and
// the transcript's most central sentences.
import type { AssetDocument, Block } from "@/lib/documents/model";
import { clip } from "@/lib/nlp/text";
import type { GenContext } from "./context";
import { bullets, heading, joinList, keySentences, paragraph, procedureSteps, topicList, unique } from "./helpers";

const doc = (ctx: GenContext, blocks: Block[]): AssetDocument => ({ title: ctx.spec.title, subtitle: ctx.subtitle, blocks });

export function sop(ctx: GenContext): AssetDocument {
  const topics = topicList(ctx, 4);
  const steps = procedureSteps(ctx, 12);
  const points = keySentences(ctx, 5).map((u) => ctx.sentence(u.text));
  const terms = ctx.input.extraction.glossary.slice(0, 6);
  return doc(ctx, [
    heading("Purpose"),
    paragraph(ctx.voice(`This procedure turns “${ctx.input.job.title}” into steps anyone on the ${ctx.audience} can follow${topics.length ? `. It covers ${joinList(topics)}` : ""}.`)),
    heading("Who this is for"),
    paragraph(ctx.voice(`${ctx.audience[0].toUpperCase()}${ctx.audience.slice(1)}, and whoever trains them. Read it once end to end, then keep it open the first time you do the work.`)),
    heading("Procedure"),
    steps.length ? { type: "steps", items: steps } : paragraph("The recording describes no explicit steps; use the key points below."),
    heading("Key points"),
    bullets(points),
    ...(terms.length ? [heading("Terms used"), { type: "glossary", terms: terms.map((t) => ({ term: t.term, definition: ctx.voice(t.definition) })) } as Block] : []),
    ...(ctx.input.extraction.questions.length ? [{ type: "callout", text: `Open questions raised in the session: ${ctx.input.extraction.questions.length}. See the FAQ.` } as Block] : []),
  ]);
}

export function checklist(ctx: GenContext): AssetDocument {
  const items = unique([...ctx.input.extraction.actionItems.map(ctx.voice), ...procedureSteps(ctx, 12)]).slice(0, 16);
  const third = Math.ceil(items.length / 3);
  const groups = items.length >= 6 ? [["Getting started", items.slice(0, third)], ["Doing the work", items.slice(third, third * 2)], ["Wrapping up", items.slice(third * 2)]] : [["Checklist", items]];
  return doc(ctx, [
    paragraph(ctx.voice(`Tick each item as you go. Every item comes from what was said in “${ctx.input.job.title}”.`)),
    ...groups.flatMap(([title, list]) => [heading(title as string), { type: "checklist", items: (list as string[]).map((text) => ({ text, checked: false })) } as Block]),
  ]);
}

export function glossary(ctx: GenContext): AssetDocument {
  const terms = ctx.input.extraction.glossary;
  return doc(ctx, [
    paragraph(`${terms.length} term${terms.length === 1 ? "" : "s"} from the session, each explained in the speaker's own words.`),
    { type: "glossary", terms: terms.map((t) => ({ term: t.term, definition: ctx.voice(t.definition) })) },
  ]);
}

export function faq(ctx: GenContext): AssetDocument {
  const asked = ctx.input.extraction.questions.filter((q) => q.answer).map((q) => ({ question: ctx.voice(q.question), answer: ctx.voice(q.answer!) }));
  const fromMoments = ctx.input.extraction.moments.map((m) => ({ question: `What should I know about ${m.title.toLowerCase()}?`, answer: ctx.voice(m.summary) }));
  const items = [...asked, ...fromMoments].slice(0, 12);
  return doc(ctx, [paragraph("Questions a newcomer asks, answered from the recording."), { type: "faq", items }]);
}

export function summaryEmail(ctx: GenContext): AssetDocument {
  const moments = ctx.input.extraction.moments.slice(0, 5);
  const actions = ctx.input.extraction.actionItems.slice(0, 6).map(ctx.voice);
  return doc(ctx, [
    paragraph(`Subject: Recap: ${ctx.input.job.title}`),
    paragraph(ctx.voice(ctx.greeting)),
    paragraph(ctx.voice(`Here is a short recap of “${ctx.input.job.title}” so you have the essentials in one place.`)),
    heading("What we covered"),
    bullets(moments.map((m) => `${m.title}: ${clip(ctx.voice(m.summary), 30)}`)),
    ...(actions.length ? [heading("Your next steps"), { type: "steps", items: actions } as Block] : []),
    paragraph("Reply to this email if anything is unclear."),
    paragraph(ctx.voice(ctx.signOff)),
  ]);
}

export function summary(ctx: GenContext): AssetDocument {
  const overview = keySentences(ctx, 5).map((u) => ctx.sentence(u.text)).join(" ");
  return doc(ctx, [
    heading("Overview"),
    paragraph(overview),
    heading("Key takeaways"),
    bullets(ctx.input.extraction.moments.slice(0, 8).map((m) => `${m.title}: ${clip(ctx.voice(m.summary), 25)}`)),
    heading("Topics"),
    bullets(topicList(ctx, 10)),
  ]);
}
