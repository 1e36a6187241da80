import type { AssetDocument, Block } from "@/lib/documents/model";
import type { GenContext } from "./context";
import { bullets, clock, heading, paragraph } from "./blocks";
import { shorten } from "./shorten";

/** Course outline: one section per topic segment of the recording, with its time range and key points. */
export function outline(ctx: GenContext): AssetDocument {
  return {
    title: ctx.spec.title,
    subtitle: ctx.subtitle,
    blocks: [
      paragraph(`${ctx.sections.length} sections, in the order the recording teaches them.`),
      ...ctx.sections.flatMap((s, i): Block[] => [
        heading(`Section ${i + 1}: ${s.title}`),
        paragraph(`Recording ${clock(s.start)}–${clock(s.end)}.`),
        bullets(s.points.slice(0, 3).map((p) => shorten(p, 22))),
      ]),
    ],
  };
}
