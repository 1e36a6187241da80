import { defineJob } from "../define-job";
import { generateEventSchema, pipelineEvents } from "@/lib/jobs/events";
import { generateAssets } from "@/lib/pipeline/generate-assets";
import { saveKit } from "@/lib/pipeline/save-kit";
import { markJobFailed } from "@/lib/pipeline/mark-job-failed";

/** generate the Kit's assets → store them and announce kit.generated + job.review. */
export const generateKitJob = defineJob({
  id: "generate-kit-job",
  name: "Generate a Kit",
  trigger: { event: pipelineEvents.generate, schema: generateEventSchema },
  retries: 2,
  concurrency: { key: "workspaceId", limit: 2 },
  async handler(data, io) {
    const result = await io.step("generate", () => generateAssets(data));
    await io.step("save-kit", () => saveKit(data, result));
  },
  onFailure: (data, error) => markJobFailed(data.workspaceId, data.jobId, data, "generate", error),
});
