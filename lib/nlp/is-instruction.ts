// Instructions: imperatives ("Open the checklist"), prohibitions ("Never promise …") and
// obligations ("You should escalate …"). Taggers misread lowercase ASR imperatives as nouns or
// adjectives, so a verb lexicon backs the part-of-speech test up.
import { IMPERATIVE_VERBS, OBLIGATION } from "./lexicon";
import { isQuestion } from "./is-question";

const LEAD = /^(?:(?:so|and|then|now|okay|ok|well|also|first|firstly|second|secondly|third|fourth|fifth|sixth|next|finally|lastly|after that|please|just)\b[,]?\s+)+/i;
const NOT_TASK = /^(let me|let's talk|let's start|let's go|remember,|welcome|thank|look,|imagine|say|keep in mind that)\b/i;

export function leadStripped(text: string) {
  return text.trim().replace(LEAD, "");
}

const CLAUSE_OPENER = /^(if|when|after|before|once|on|during|at|in|within|by|every|each)\b/i;
const OBJECT_START = /^(the|a|an|your|our|their|it|them|up|in|on|to|with|every|each|all|this|that|what|who|for|out|down|back|calm|short|at|about|two|three|twice|one|any)$/i;

/** "At the end of each week(,) send a summary email …": where the instruction starts after a time clause. */
export function clauseThenVerb(text: string): number {
  const t = leadStripped(text);
  if (!CLAUSE_OPENER.test(t)) return -1;
  const tokens = t.split(/\s+/);
  for (let i = 2; i < Math.min(tokens.length - 1, 12); i++) {
    const word = tokens[i].toLowerCase().replace(/[^a-z']/g, "");
    const before = tokens[i - 1];
    if (IMPERATIVE_VERBS.has(word) && OBJECT_START.test(tokens[i + 1].replace(/[^a-z']/gi, "")) && (before.endsWith(",") || !/^(to|will|can|you|we|they|i|should|must|and|or)$/i.test(before))) return i;
  }
  return -1;
}

export function isImperative(text: string, firstPos?: string) {
  const t = leadStripped(text);
  if (clauseThenVerb(t) > 0) return true;
  if (NOT_TASK.test(t)) return false;
  if (/^(never|always|don't|do not)\s+\w+/i.test(t)) return true;
  const first = t.split(/\s+/)[0]?.toLowerCase().replace(/[^a-z']/g, "") ?? "";
  if (!IMPERATIVE_VERBS.has(first)) return false;
  // "Call notes are …" starts with a verb-looking noun: a determiner or pronoun next confirms the verb.
  const second = t.split(/\s+/)[1]?.toLowerCase() ?? "";
  return firstPos === "VERB" || OBJECT_START.test(second.replace(/[^a-z']/gi, ""));
}

export function isInstruction(text: string, firstPos?: string) {
  if (isQuestion(text)) return false;
  return isImperative(text, firstPos) || OBLIGATION.test(text);
}
