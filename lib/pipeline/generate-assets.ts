import { db } from "@/lib/db";
import type { Segment } from "@/lib/transcripts/model";
import type { Extraction } from "@/lib/extract/model";
import { getKitEngine } from "@/lib/ai/get-kit-engine";
import type { GeneratedAsset } from "@/lib/generate/model";
import { getKitTemplate } from "@/lib/kits/get-kit-template";
import { getVoiceProfileSpec } from "@/lib/voice-profiles/get-voice-profile-spec";
import type { GenerateEvent } from "@/lib/jobs/events";
import { NonRetriableError } from "@/inngest/define-job";
import { currentJob } from "./current-job";

export interface GenerationResult {
  provider: string;
  kitKey: string;
  kitName: string;
  language: string;
  assets: GeneratedAsset[];
}

/** Stage 4: the Kit's assets from the transcript and the extraction (no writes: the save step stores them). */
export async function generateAssets(data: GenerateEvent): Promise<GenerationResult> {
  const job = await currentJob(data.workspaceId, data.jobId, data);
  if (!job.kitId) throw new NonRetriableError("Choose a kit first.", "no_kit");
  await db.job.update({ where: { id: job.id }, data: { stage: "generate", progress: 10 } });
  const [transcript, insights, moments, quotes] = await Promise.all([
    db.transcript.findUnique({ where: { jobId: job.id }, include: { segments: { orderBy: { position: "asc" } } } }),
    db.jobInsights.findUnique({ where: { jobId: job.id } }),
    db.moment.findMany({ where: { jobId: job.id }, orderBy: { position: "asc" } }),
    db.quote.findMany({ where: { jobId: job.id }, orderBy: { position: "asc" } }),
  ]);
  if (!transcript || !insights) throw new NonRetriableError("Transcribe the recording before generating a kit.", "no_transcript");
  const template = await getKitTemplate(job.workspaceId, job.kitId);
  const voice = job.voiceProfileId ? await getVoiceProfileSpec(job.workspaceId, job.voiceProfileId) : null;
  const extraction: Extraction = {
    moments: moments.map((m) => ({ title: m.title, summary: m.summary, start: m.start, end: m.end, score: m.score })),
    quotes: quotes.map((q) => ({ text: q.text, start: q.start, end: q.end, speaker: q.speaker, score: q.score })),
    topics: insights.topics as Extraction["topics"],
    glossary: insights.glossary as Extraction["glossary"],
    actionItems: insights.actionItems as Extraction["actionItems"],
    questions: insights.questions as Extraction["questions"],
  };
  const engine = getKitEngine();
  const { provider, assets } = await engine.generate({
    template,
    transcript: {
      language: transcript.language,
      provider: transcript.provider,
      durationSec: transcript.durationSec,
      segments: transcript.segments.map((s) => ({ start: s.start, end: s.end, text: s.text, speaker: s.speaker, words: s.words as unknown as Segment["words"] })),
    },
    extraction,
    job: { title: job.title, audience: job.audience },
    outputLanguage: job.outputLanguage,
    voice,
  });
  await db.job.update({ where: { id: job.id }, data: { progress: 80 } });
  return { provider, kitKey: template.key, kitName: template.name, language: job.outputLanguage, assets };
}
