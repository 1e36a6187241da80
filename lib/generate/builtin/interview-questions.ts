// Interview questions from the recording: for each section, a question about its substance,
// what a strong answer covers (the section's key points and terms) and the red flags (doing
// what the speaker warned against, skipping what they insisted on).
import type { AssetDocument, Block } from "@/lib/documents/model";
import type { AnalyzedUnit } from "@/lib/nlp/analyze";
import { tidySentence } from "@/lib/nlp/tidy-sentence";
import { containsPhrase } from "@/lib/nlp/text";
import { isImperative, leadStripped } from "@/lib/nlp/is-instruction";
import type { GenContext } from "./context";
import type { Section } from "./sections";
import { bullets, heading, paragraph } from "./blocks";
import { shorten } from "./shorten";

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const bare = (s: string) => lowerFirst(s.replace(/[.!?]+$/, ""));

function redFlags(units: AnalyzedUnit[], title: string): string[] {
  const flags: string[] = [];
  for (const u of units) {
    const text = leadStripped(tidySentence(u.text));
    const never = /^(never|don't|do not)\s+(.+)$/i.exec(text);
    if (never) flags.push(`Would ${bare(shorten(never[2], 18))}`);
    else if (/^always\s+/i.test(text)) flags.push(`Does not ${bare(shorten(text.replace(/^always\s+/i, ""), 18))}`);
  }
  const step = units.find((u) => isImperative(u.text, u.pos[0]) && !/^(never|always|don't)/i.test(leadStripped(u.text)));
  if (step) flags.push(`Leaves out a step the session insists on: ${bare(shorten(tidySentence(step.text), 16))}`);
  flags.push(`Talks about ${title.toLowerCase()} only in generalities, with no concrete example`);
  return [...new Set(flags)].slice(0, 4);
}

function questionFor(ctx: GenContext, s: Section, i: number) {
  const text = s.units.map((u) => u.text).join(" ");
  const term = ctx.extraction.glossary.find((g) => containsPhrase(text, g.term));
  const title = s.title.toLowerCase();
  const hasSteps = s.units.some((u) => isImperative(u.text, u.pos[0]));
  if (i % 3 === 0 && term) return `How would you explain “${term.term}” to someone new, and why does it matter in day-to-day work?`;
  if (hasSteps && i % 3 !== 2) return `Walk me through how you would handle ${title}, step by step.`;
  return `Tell me about a time you dealt with ${title}. What did you do, and what would you do differently?`;
}

export function interviewQuestions(ctx: GenContext): AssetDocument {
  const blocks: Block[] = [
    paragraph(`Questions to assess how well a candidate handles the ground covered in “${ctx.input.job.title}”. Each comes with what a strong answer covers and the red flags to listen for.`),
  ];
  ctx.sections.slice(0, 8).forEach((s, i) => {
    const text = s.units.map((u) => u.text).join(" ");
    const terms = ctx.extraction.glossary.filter((g) => containsPhrase(text, g.term)).slice(0, 2);
    const covers = [...s.points.slice(0, 3).map((p) => shorten(p, 22)), ...terms.map((t) => `Knows what “${t.term}” means: ${bare(shorten(t.definition, 16))}`)];
    blocks.push(heading(`${i + 1}. ${questionFor(ctx, s, i)}`), heading("What a strong answer covers", 3), bullets(covers.length ? covers : [`Why ${s.title.toLowerCase()} matters`]), heading("Red flags", 3), bullets(redFlags(s.units, s.title)));
  });
  return { title: ctx.spec.title, subtitle: ctx.subtitle, blocks };
}
