// The built-in, offline extraction: real extractive NLP over the transcript, no network and no
// model weights beyond wink-nlp's small English model. Same transcript in, same extraction out.
import type { TranscriptData } from "@/lib/transcripts/model";
import { analyzeTranscript } from "@/lib/nlp/analyze";
import type { Extraction } from "./model";
import { findMoments } from "./find-moments";
import { findQuotes } from "./find-quotes";
import { findTopics } from "./find-topics";
import { findGlossary } from "./find-glossary";
import { findActionItems } from "./find-action-items";
import { findQuestions } from "./find-questions";

export interface ExtractOptions {
  maxMoments?: number;
  maxQuotes?: number;
}

export function extractBuiltin(transcript: TranscriptData, options: ExtractOptions = {}): Extraction {
  const analysis = analyzeTranscript(transcript);
  if (!analysis.units.length) return { moments: [], quotes: [], topics: [], glossary: [], actionItems: [], questions: [] };
  return {
    moments: findMoments(analysis, Math.min(15, options.maxMoments ?? 15)),
    quotes: findQuotes(analysis, Math.min(50, options.maxQuotes ?? 15)),
    topics: findTopics(analysis),
    glossary: findGlossary(analysis),
    actionItems: findActionItems(analysis),
    questions: findQuestions(analysis),
  };
}
