import type { JobDefinition } from "./define-job";
import { transcribeJob } from "./jobs/transcribe-job";
import { generateKitJob } from "./jobs/generate-kit-job";

/** Every background job, for both runners. */
export function jobDefinitions(): JobDefinition<never>[] {
  return [transcribeJob, generateKitJob] as unknown as JobDefinition<never>[];
}
