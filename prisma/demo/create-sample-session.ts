import { readFileSync } from "node:fs";
import path from "node:path";
import type { WorkspaceRef } from "@/lib/auth/caller";
import { createJobInput } from "@/lib/jobs/job-input";
import { createJob } from "@/lib/jobs/create-job";

export const SAMPLE_SESSION_TITLE = "Sample: customer success onboarding walkthrough";

/**
 * A new demo workspace opens with one real session: a pasted walkthrough transcript that the
 * server's job runner takes through extraction and the Onboarding Kit like any other.
 */
export async function createSampleSession(workspace: WorkspaceRef) {
  const transcript = readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "demo", "sample-session.txt"), "utf8");
  return createJob(workspace, createJobInput.parse({ title: SAMPLE_SESSION_TITLE, kitId: "onboarding_kit", audience: "New customer success managers", transcript, autoRun: true }));
}
