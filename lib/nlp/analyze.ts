// One pass of wink-nlp over every unit: tokens, part-of-speech tags, lemmas, entities, the
// content words TextRank compares, then keyphrases and sentence centrality.
import type { TranscriptData } from "@/lib/transcripts/model";
import { nlp } from "./wink";
import { FILLERS, GENERIC_NOUNS } from "./lexicon";
import { toUnits, type Unit } from "./units";
import { textRank } from "./text-rank";
import { keyphrasesOf, type Keyphrase } from "./keyphrases";

export interface AnalyzedUnit extends Unit {
  tokens: string[];
  pos: string[];
  lemmas: string[];
  stop: boolean[];
  entities: { value: string; type: string }[];
  content: Set<string>;
  /** TextRank centrality, 0–1 (1 = most central unit). */
  rank: number;
}

export interface Analysis {
  units: AnalyzedUnit[];
  keyphrases: Keyphrase[];
  durationSec: number;
}

const CONTENT_POS = new Set(["NOUN", "PROPN", "VERB", "ADJ", "NUM"]);

function analyzeUnit(unit: Unit): AnalyzedUnit {
  const its = nlp().its;
  const doc = nlp().readDoc(unit.text);
  const tokens = doc.tokens().out(its.normal);
  const pos = doc.tokens().out(its.pos);
  const stop = doc.tokens().out(its.stopWordFlag) as unknown as boolean[];
  const lemmas = doc.tokens().out(its.lemma as never) as unknown as string[];
  const entities = doc.entities().out(its.detail) as unknown as { value: string; type: string }[];
  const content = new Set(lemmas.filter((l, i) => !stop[i] && CONTENT_POS.has(pos[i]) && /^[a-z0-9][a-z0-9'-]+$/.test(l) && !FILLERS.has(l) && !GENERIC_NOUNS.has(l)));
  return { ...unit, tokens, pos, lemmas, stop, entities, content, rank: 0 };
}

const cache = new WeakMap<TranscriptData, Analysis>();

/** Cached per transcript object: extraction and every generator share one analysis. */
export function analyzeTranscript(transcript: TranscriptData): Analysis {
  const hit = cache.get(transcript);
  if (hit) return hit;
  const units = toUnits(transcript).map(analyzeUnit);
  textRank(units.map((u) => u.content)).forEach((r, i) => (units[i].rank = r));
  const durationSec = transcript.durationSec || units[units.length - 1]?.end || 0;
  const analysis = { units, keyphrases: keyphrasesOf(units), durationSec };
  cache.set(transcript, analysis);
  return analysis;
}
