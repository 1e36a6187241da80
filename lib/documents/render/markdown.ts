// Markdown (GitHub flavour): the title is the only "#", so document headings start at "##";
// lists, task lists, tables and blockquotes; the quiz key at the end.
import type { AssetDocument, Block } from "../model";
import { documentContentTypes } from "./formats";
import { ANSWER_KEY_TITLE, answerKey, answerKeyLine, quizNumbering, quizQuestions, quoteAttribution, tableCells } from "./layout";

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, "<br>");

/** Text that merely starts like Markdown syntax ("# 1", "1. ", "> ", "- ") must stay text. */
const escapeLine = (line: string) => line.replace(/^(\s*)(#{1,6}\s|>|[-+*]\s|\d+[.)]\s)/, (_m, space: string, syntax: string) => `${space}\\${syntax}`);
const inline = (text: string) => text.split("\n").map(escapeLine).join("  \n");

function block(b: Block, numbering: Map<Block, number>): string {
  switch (b.type) {
    case "heading":
      return `${"#".repeat(b.level + 1)} ${b.text}`;
    case "paragraph":
      return inline(b.text);
    case "bullets":
      return b.items.map((i) => `- ${inline(i)}`).join("\n");
    case "steps":
      return b.items.map((i, n) => `${n + 1}. ${inline(i)}`).join("\n");
    case "checklist":
      return b.items.map((i) => `- [${i.checked ? "x" : " "}] ${inline(i.text)}`).join("\n");
    case "quiz":
      return quizQuestions(b, numbering.get(b) ?? 1)
        .map((q) => `**${q.label}**\n\n${q.choices.map((c) => `- ${c}`).join("\n")}`)
        .join("\n\n");
    case "glossary":
      return b.terms.map((t) => `**${t.term}**: ${inline(t.definition)}`).join("\n\n");
    case "faq":
      return b.items.map((f) => `**${f.question}**\n\n${inline(f.answer)}`).join("\n\n");
    case "table":
      return [`| ${b.columns.map(cell).join(" | ")} |`, `| ${b.columns.map(() => "---").join(" | ")} |`, ...b.rows.map((r) => `| ${tableCells(b.columns, r).map(cell).join(" | ")} |`)].join("\n");
    case "quote": {
      const by = quoteAttribution(b);
      return `> ${b.text.split("\n").join("\n> ")}${by ? `\n>\n> — ${by}` : ""}`;
    }
    case "callout":
      return `> **Note:** ${b.text.split("\n").join("\n> ")}`;
  }
}

export function renderMarkdown(doc: AssetDocument): string {
  const numbering = quizNumbering(doc);
  const parts = [`# ${doc.title}`, ...(doc.subtitle ? [`_${doc.subtitle}_`] : []), ...doc.blocks.map((b) => block(b, numbering))];
  const key = answerKey(doc);
  if (key.length) parts.push(`## ${ANSWER_KEY_TITLE}`, key.map((k) => `${answerKeyLine(k)}${k.explanation ? ` — ${k.explanation}` : ""}`).join("\n"));
  return parts.join("\n\n") + "\n";
}

/** The Markdown file of a document, as downloads and the Course Pack serve it. */
export function renderMarkdownFile(doc: AssetDocument): { body: Buffer; contentType: string; extension: "md" } {
  return { body: Buffer.from(renderMarkdown(doc)), contentType: documentContentTypes.md, extension: "md" };
}
