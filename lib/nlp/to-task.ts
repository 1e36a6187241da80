// Rewrites an instruction as it was spoken into a task a checklist can hold:
// "So make sure you update the account after every call" → "Update the account after every call."
import { tidySentence, capitalize } from "./tidy-sentence";
import { clauseThenVerb, leadStripped } from "./is-instruction";

const OBLIGATION_LEAD =
  /^(?:.*?\b)?(?:you should|you need to|you have to|you must|you'll want to|you will want to|be sure to|make sure (?:that )?you|make sure to|don't forget to|do not forget to|remember to|it's important to|it is important to|we need you to|i want you to|please)(?: also| always)?\s+/i;
const REASON = /,?\s+(because|since|so that|as)\s+.*$/i;

export function toTask(spoken: string): string | null {
  let t = leadStripped(spoken).replace(/[.!]+$/, "");
  const verbAt = clauseThenVerb(t);
  if (verbAt > 0) {
    // "On your first day, log in to Relay" → "Log in to Relay on your first day".
    const tokens = t.split(/\s+/);
    const clause = tokens.slice(0, verbAt).join(" ").replace(/,$/, "");
    const rest = tokens.slice(verbAt).join(" ").replace(REASON, "");
    t = `${rest} ${clause.charAt(0).toLowerCase()}${clause.slice(1)}`;
  }
  t = t.replace(OBLIGATION_LEAD, "");
  t = t.replace(REASON, "");
  const words = t.split(/\s+/).filter(Boolean);
  if (words.length < 4 || words.length > 40) return null;
  return tidySentence(capitalize(t), { keepLeadIn: true });
}
