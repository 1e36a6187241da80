// The instructions the LLM gets. Times are given per segment so moments and quotes can carry them.
import type { TranscriptData } from "@/lib/transcripts/model";
import type { GenerateInput } from "@/lib/generate/model";
import type { KitAssetSpec } from "@/lib/kits/model";

const MAX_TRANSCRIPT_CHARS = 100_000;

export const timedTranscript = (t: TranscriptData) =>
  t.segments
    .map((s) => `[${s.start.toFixed(1)}–${s.end.toFixed(1)}] ${s.speaker ? `${s.speaker}: ` : ""}${s.text}`)
    .join("\n")
    .slice(0, MAX_TRANSCRIPT_CHARS);

export const extractionSystem =
  "You analyse transcripts of talks, walkthroughs and interviews. Times are seconds from the start, given in brackets per segment. " +
  "Return: moments (key insights, in order, non-overlapping, title ≤ 8 words, summary 1–3 sentences, start/end), quotes (quotable lines copied character for character from ONE segment's text, 8–40 words, with start/end and speaker), " +
  "topics (keyphrases with weights 0–1), glossary (terms the speaker uses, with definitions from what was said), actionItems (instructions rewritten as tasks), questions (questions asked, with the answer given).";

export const extractionUser = (t: TranscriptData) => `Language: ${t.language}. Duration: ${t.durationSec.toFixed(0)} s.\n\nTranscript:\n${timedTranscript(t)}`;

const many = (spec: KitAssetSpec) => spec.type === "linkedin_post" || spec.type === "quote_card";

export function generationSystem(input: GenerateInput, spec: KitAssetSpec) {
  const v = input.voice;
  const voice = v ? ` Write in this voice: tone ${v.tone}${v.audience ? `, for ${v.audience}` : ""}; prefer the words ${v.preferWords.join(", ") || "(none)"}; never use the words ${v.avoidWords.join(", ") || "(none)"}.${v.exampleText ? ` Example of the voice: ${v.exampleText.slice(0, 800)}` : ""}` : "";
  return (
    `You write ${spec.type.replaceAll("_", " ")} documents from a recording's transcript and its extraction, in the language with ISO code "${input.outputLanguage}". ` +
    "Answer with documents in the given block model (heading, paragraph, bullets, steps, checklist, quiz, glossary, faq, table, quote, callout). Quiz answerIndex must point at the correct choice. " +
    `Quote blocks must copy the speaker's words exactly.${many(spec) ? " Return one document per item: one LinkedIn post per key moment (at most 15, each under 3000 characters, with a hook, 3–5 short lines, a takeaway, a question and 3 hashtags) or one quote card per top quote (at most 10)." : " Return exactly one document."}${voice}`
  );
}

export function generationUser(input: GenerateInput, spec: KitAssetSpec) {
  return (
    `Document title: "${spec.title}". Session: "${input.job.title}". Audience: ${input.job.audience ?? input.voice?.audience ?? "the team"}.` +
    `${spec.prompt ? `\nGuidance: ${spec.prompt}` : ""}${input.template.tone ? `\nKit tone: ${input.template.tone}` : ""}` +
    `\n\nExtraction:\n${JSON.stringify(input.extraction).slice(0, 30_000)}\n\nTranscript:\n${timedTranscript(input.transcript).slice(0, 60_000)}`
  );
}

export const isMany = many;
