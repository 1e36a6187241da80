import { db, type Tx } from "@/lib/db";
import { NonRetriableError } from "@/inngest/define-job";

/**
 * The job a run works on, if that run is still the job's current request. A deleted job or a
 * superseded request (the user started another transcription) ends the run quietly.
 */
export async function currentJob(workspaceId: string, jobId: number, request: { transcriptionId?: string; generationId?: string }, tx?: Tx) {
  const job = await (tx ?? db).job.findFirst({ where: { id: jobId, workspaceId } });
  if (!job) throw new SupersededError("The job was deleted.");
  if (request.transcriptionId && job.transcriptionId !== request.transcriptionId) throw new SupersededError("A newer transcription of this job started.");
  if (request.generationId && job.generationId !== request.generationId) throw new SupersededError("A newer generation of this job started.");
  return job;
}

export class SupersededError extends NonRetriableError {
  constructor(message: string) {
    super(message, "superseded");
  }
}
