import { defineJob } from "../define-job";
import { pipelineEvents, transcribeEventSchema } from "@/lib/jobs/events";
import { ingestSource } from "@/lib/pipeline/ingest-source";
import { transcribeChunk } from "@/lib/pipeline/transcribe-chunk";
import { saveTranscript } from "@/lib/pipeline/save-transcript";
import { importTranscript } from "@/lib/pipeline/import-transcript";
import { extractInsights } from "@/lib/pipeline/extract-insights";
import { markJobFailed } from "@/lib/pipeline/mark-job-failed";
import { mergeChunkSegments } from "@/lib/asr/merge-chunk-segments";
import { getAsrProvider } from "@/lib/asr/get-asr-provider";

/** ingest → transcribe (one step per chunk, in parallel) → save → extract. */
export const transcribeJob = defineJob({
  id: "transcribe-job",
  name: "Transcribe and extract",
  trigger: { event: pipelineEvents.transcribe, schema: transcribeEventSchema },
  retries: 2,
  concurrency: { key: "workspaceId", limit: 2 },
  async handler(data, io) {
    const source = await io.step("ingest", () => ingestSource(data));
    if (source.kind === "transcript") {
      await io.step("import-transcript", () => importTranscript(data));
    } else {
      const results = await Promise.all(
        source.chunks.map((chunk) => io.step(`transcribe-chunk-${chunk.index}`, () => transcribeChunk(data, source.wavKey, chunk, source.chunks.length))),
      );
      await io.step("save-transcript", () =>
        saveTranscript(data, {
          provider: getAsrProvider().name,
          language: "en",
          durationSec: source.durationSec,
          billableSec: source.durationSec,
          segments: mergeChunkSegments(source.chunks.map((chunk, i) => ({ chunk, segments: results[i] }))),
        }),
      );
    }
    await io.step("extract", () => extractInsights(data));
  },
  onFailure: (data, error) => markJobFailed(data.workspaceId, data.jobId, data, "transcribe", error),
});
