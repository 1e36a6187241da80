// Interview questions drawn from the recording, each with what a strong answer covers.
import type { AssetDocument, Block } from "@/lib/documents/model";
import { clip } from "@/lib/nlp/text";
import type { GenContext } from "./context";
import { bullets, heading, keySentences, paragraph } from "./helpers";

export function interviewQuestions(ctx: GenContext): AssetDocument {
  const moments = ctx.input.extraction.moments.slice(0, 8);
  const blocks: Block[] = [paragraph(ctx.voice(`Questions to assess how well a candidate understands the ground covered in “${ctx.input.job.title}”. Each comes with what a strong answer covers and the red flags to listen for.`))];
  moments.forEach((m, i) => {
    const points = keySentences(ctx, 3, m).map((u) => clip(ctx.sentence(u.text), 24));
    const question = i % 2 === 0 ? `How would you explain ${m.title.toLowerCase()} to a new colleague?` : `Tell me about a time you dealt with ${m.title.toLowerCase()}. What did you do?`;
    blocks.push(heading(`${i + 1}. ${question}`), heading("A strong answer covers", 3), bullets(points.length ? points : [clip(m.summary, 24)]), heading("Red flags", 3), bullets([`Cannot say why ${m.title.toLowerCase()} matters`, "Answers in generalities, with no concrete example"]));
  });
  return { title: ctx.spec.title, subtitle: ctx.subtitle, blocks };
}
