// Course pack: outline, lesson notes, worksheet and slide outline, one section per moment.
import type { AssetDocument, Block } from "@/lib/documents/model";
import { clip } from "@/lib/nlp/text";
import type { GenContext } from "./context";
import { bullets, heading, keySentences, paragraph } from "./helpers";

const fmt = (s: number) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, "0")}`;

export function outline(ctx: GenContext): AssetDocument {
  const moments = ctx.input.extraction.moments;
  return {
    title: ctx.spec.title,
    subtitle: ctx.subtitle,
    blocks: [
      paragraph(ctx.voice(`${moments.length} lessons built from the recording, in the order they were taught.`)),
      ...moments.flatMap((m, i) => [
        heading(`Lesson ${i + 1}: ${m.title}`),
        bullets(keySentences(ctx, 3, m).map((u) => clip(ctx.sentence(u.text), 20))),
        paragraph(`Source: ${fmt(m.start)}–${fmt(m.end)} of the recording.`),
      ]),
    ],
  };
}

export function lessonNotes(ctx: GenContext): AssetDocument {
  const quotes = ctx.input.extraction.quotes;
  return {
    title: ctx.spec.title,
    subtitle: ctx.subtitle,
    blocks: ctx.input.extraction.moments.flatMap((m, i): Block[] => {
      const quote = quotes.find((q) => q.start >= m.start && q.end <= m.end + 0.01);
      return [
        heading(`Lesson ${i + 1}: ${m.title}`),
        paragraph(ctx.voice(m.summary)),
        heading("Key points", 3),
        bullets(keySentences(ctx, 4, m).map((u) => ctx.sentence(u.text))),
        ...(quote ? [{ type: "quote", text: ctx.voice(quote.text), speaker: quote.speaker ?? null, start: quote.start, end: quote.end } as Block] : []),
      ];
    }),
  };
}

export function worksheet(ctx: GenContext): AssetDocument {
  const topics = ctx.input.extraction.topics.slice(0, 5).map((t) => t.label);
  return {
    title: ctx.spec.title,
    subtitle: ctx.subtitle,
    blocks: [
      paragraph("Work through these on your own or in pairs. There are no wrong answers; the point is to connect the session to your own work."),
      heading("Reflect"),
      { type: "steps", items: ctx.input.extraction.moments.slice(0, 6).map((m) => `What was the main idea of “${m.title}”, and where would you use it this week?`) },
      heading("Practice"),
      { type: "steps", items: [...ctx.input.extraction.actionItems.slice(0, 5).map((a) => `Do it: ${ctx.voice(a)}`), ...topics.slice(0, 3).map((t) => `Explain ${t} to a colleague in two sentences.`)] },
      heading("Notes"),
      { type: "table", columns: ["Idea", "How I will use it", "By when"], rows: topics.slice(0, 4).map((t) => [t, "", ""]) },
    ],
  };
}

export function slideOutline(ctx: GenContext): AssetDocument {
  const moments = ctx.input.extraction.moments;
  return {
    title: ctx.spec.title,
    subtitle: ctx.subtitle,
    blocks: [
      heading(`Slide 1: ${ctx.input.job.title}`),
      bullets([`For ${ctx.audience}`, `${moments.length} sections`]),
      ...moments.flatMap((m, i) => [heading(`Slide ${i + 2}: ${m.title}`), bullets(keySentences(ctx, 4, m).map((u) => clip(ctx.sentence(u.text), 12)))]),
      heading(`Slide ${moments.length + 2}: Next steps`),
      bullets(ctx.input.extraction.actionItems.slice(0, 4).map((a) => clip(ctx.voice(a), 12))),
    ],
  };
}
