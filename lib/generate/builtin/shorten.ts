// Short lines for slides and posts without broken fragments: the first complete clause that
// fits, else the sentence cut at a clause boundary.
import { clipWords } from "@/lib/nlp/tidy-sentence";

export function shorten(sentence: string, maxWords: number): string {
  const s = sentence.trim();
  if (s.split(/\s+/).length <= maxWords) return s;
  const clauses = s.split(/(?<=[,;:—–])\s+|\s+(?=\b(?:because|so that|which|while|but|and then)\b)/);
  let out = "";
  for (const clause of clauses) {
    const next = out ? `${out} ${clause}` : clause;
    if (next.split(/\s+/).length > maxWords) break;
    out = next;
  }
  out = out.replace(/[,;:—–]$/, "").trim();
  if (out.split(/\s+/).length >= 4) return /[.!?]$/.test(out) ? out : `${out}.`;
  return clipWords(s, maxWords);
}
