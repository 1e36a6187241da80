import type { AssetDocument, Block } from "@/lib/documents/model";
import type { GenContext } from "./context";
import { bullets, heading } from "./blocks";
import { shorten } from "./shorten";
import { procedureSteps } from "./sop";

/** Slide outline: a title slide, an agenda, one slide per section (3–5 short bullets) and next steps. */
export function slideOutline(ctx: GenContext): AssetDocument {
  const blocks: Block[] = [
    heading(`Slide 1: ${ctx.input.job.title}`),
    bullets([`For ${ctx.audience === "team" ? "the team" : ctx.audience}`, `${ctx.sections.length} sections`]),
    heading("Slide 2: Agenda"),
    bullets(ctx.sections.map((s) => s.title)),
  ];
  ctx.sections.forEach((s, i) => {
    const points = s.points.map((p) => shorten(p, 14));
    const padded = points.length >= 3 ? points : [...points, ...s.quotes.map((q) => shorten(q.text, 14))];
    blocks.push(heading(`Slide ${i + 3}: ${s.title}`), bullets(padded.slice(0, 5)));
  });
  const next = procedureSteps(ctx, 5).map((a) => shorten(a, 14));
  if (next.length) blocks.push(heading(`Slide ${ctx.sections.length + 3}: Next steps`), bullets(next));
  return { title: ctx.spec.title, subtitle: ctx.subtitle, blocks };
}
