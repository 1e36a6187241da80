// The people an SOP names: role nouns the speaker uses ("your manager", "the product team"),
// each described by the sentence that says what they do.
import type { Analysis } from "@/lib/nlp/analyze";
import { containsPhrase } from "@/lib/nlp/text";
import { capitalize, tidySentence } from "@/lib/nlp/tidy-sentence";
import { shorten } from "./shorten";

const ROLE_HEADS = /\b(manager|lead|executive|buddy|mentor|owner|admin|administrator|engineer|team|trainer|coach|director|representative|rep|agent|specialist|officer|supervisor|partner|analyst|designer|developer|recruiter)$/;

/** "Welcome to the customer success team." names a role without saying what it does. */
const GREETING = /^\W*(?:welcome|hi|hello|hey|thanks|thank you|good (?:morning|afternoon|evening))\b/i;

function namesOnly(text: string, phrase: string) {
  const words = text.toLowerCase().replace(/[^\p{L}\p{N}\s'-]/gu, " ").trim().split(/\s+/);
  return words.length < 10 && words.slice(-phrase.split(/\s+/).length).join(" ") === phrase.toLowerCase();
}

export function findRoles(analysis: Analysis, max = 6) {
  const roles: { role: string; duty: string }[] = [];
  for (const k of analysis.keyphrases) {
    if (roles.length >= max) break;
    if (!ROLE_HEADS.test(k.phrase) || k.phrase === "team" || roles.some((r) => containsPhrase(r.role, k.phrase) || containsPhrase(k.phrase, r.role))) continue;
    // Best: a sentence where the role is the subject ("Your buddy will give you feedback").
    const subject = new RegExp(`^(?:\\W*\\w+\\W+){0,2}${k.phrase}\\s+(will|is|are|decides|gives|answers|listens|owns|sends|reads|checks|approves|can|should)\\b`, "i");
    const unit = analysis.units
      .filter((u) => containsPhrase(u.text, k.phrase) && u.wordCount >= 5 && !/\?$/.test(u.text.trim()) && !GREETING.test(u.text) && !namesOnly(u.text, k.phrase))
      .map((u) => ({ u, s: u.rank + (subject.test(u.text) ? 1 : 0) }))
      .sort((a, b) => b.s - a.s || a.u.index - b.u.index)[0]?.u;
    if (unit) roles.push({ role: capitalize(k.phrase), duty: shorten(tidySentence(unit.text), 25) });
  }
  return roles;
}
