// Checklist: every action item, grouped under the section of the recording it belongs to.
import type { AssetDocument, Block } from "@/lib/documents/model";
import type { GenContext } from "./context";
import { heading, paragraph } from "./blocks";
import { procedureSteps } from "./sop";
import { inSpokenOrder } from "./locate";

export function checklist(ctx: GenContext): AssetDocument {
  const items = procedureSteps(ctx, 40);
  const located = inSpokenOrder(ctx.analysis.units, items);
  const groups = ctx.sections
    .map((section) => ({ title: section.title, items: located.filter((l) => l.unit && l.unit.start >= section.start - 0.01 && l.unit.end <= section.end + 0.01).map((l) => l.text) }))
    .filter((g) => g.items.length);
  const placed = new Set(groups.flatMap((g) => g.items));
  const rest = items.filter((i) => !placed.has(i));
  if (rest.length) groups.push({ title: "Also", items: rest });
  const blocks: Block[] = [paragraph(`Tick each item as you complete it. ${items.length} items, in the order the recording covers them.`)];
  for (const g of groups) blocks.push(heading(g.title), { type: "checklist", items: g.items.map((text) => ({ text, checked: false })) });
  if (!items.length) blocks.push(paragraph("The recording gives no explicit instructions to check off."));
  return { title: ctx.spec.title, subtitle: ctx.subtitle, blocks };
}
