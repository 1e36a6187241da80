import type { AssetDocument, Block } from "../model";
import { answerKey, choiceLetter, formatTime, quizNumbering } from "./layout";

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

function block(b: Block, numbering: Map<Block, number>): string {
  switch (b.type) {
    case "heading":
      return `${"#".repeat(b.level + 1)} ${b.text}`;
    case "paragraph":
      return b.text;
    case "bullets":
      return b.items.map((i) => `- ${i}`).join("\n");
    case "steps":
      return b.items.map((i, n) => `${n + 1}. ${i}`).join("\n");
    case "checklist":
      return b.items.map((i) => `- [${i.checked ? "x" : " "}] ${i.text}`).join("\n");
    case "quiz": {
      const first = numbering.get(b) ?? 1;
      return b.questions.map((q, i) => `${first + i}. ${q.question}\n${q.choices.map((c, j) => `   - ${choiceLetter(j)}. ${c}`).join("\n")}`).join("\n\n");
    }
    case "glossary":
      return b.terms.map((t) => `**${t.term}**: ${t.definition}`).join("\n\n");
    case "faq":
      return b.items.map((f) => `**${f.question}**\n\n${f.answer}`).join("\n\n");
    case "table":
      return [`| ${b.columns.map(cell).join(" | ")} |`, `| ${b.columns.map(() => "---").join(" | ")} |`, ...b.rows.map((r) => `| ${b.columns.map((_c, i) => cell(r[i] ?? "")).join(" | ")} |`)].join("\n");
    case "quote": {
      const by = [b.speaker, formatTime(b.start)].filter(Boolean).join(", ");
      return `> ${b.text}${by ? `\n>\n> — ${by}` : ""}`;
    }
    case "callout":
      return `> **Note:** ${b.text}`;
  }
}

/** Markdown: headings, lists, task lists, tables and blockquotes; the quiz key at the end. */
export function renderMarkdown(doc: AssetDocument): string {
  const numbering = quizNumbering(doc);
  const parts = [`# ${doc.title}`, ...(doc.subtitle ? [`_${doc.subtitle}_`] : []), ...doc.blocks.map((b) => block(b, numbering))];
  const key = answerKey(doc);
  if (key.length) parts.push("## Answer key", key.map((k) => `${k.number}. ${k.letter}. ${k.answer}`).join("\n"));
  return parts.join("\n\n") + "\n";
}
