// A job interrupted mid-transcription finishes after a restart without re-running finished
// steps and without duplicate transcripts or assets.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../helpers/test-db";
import { api, json } from "../helpers/api";
import { makeKey, makeWorkspace } from "../helpers/fixtures";
import { countingDefinitions, startTestRunner } from "../helpers/runner";
import { db } from "@/lib/db";
import type { JobDetail } from "@/lib/jobs/views";
import { saveKit } from "@/lib/pipeline/save-kit";
import { generateAssets } from "@/lib/pipeline/generate-assets";

function form(bytes: Buffer) {
  const f = new FormData();
  f.append("audio", new Blob([new Uint8Array(bytes)], { type: "audio/mpeg" }), "onboarding.mp3");
  return f;
}

describe("kill and resume", () => {
  let key: string;
  beforeAll(async () => {
    process.env.TALKSMITH_CHUNK_SEC = "15";
    await useTestDb();
    key = await makeKey((await makeWorkspace("studio")).id);
  });

  it("resumes a run whose process died after the first chunk, replaying finished steps", async () => {
    const created = await json<JobDetail>(await api("POST", "/api/v1/jobs", { key, body: { title: "Resume me", kitId: "onboarding_kit" } }));
    await api("POST", `/api/v1/jobs/${created.id}/upload`, { key, rawBody: form(readFileSync("tests/fixtures/audio/onboarding.mp3")) });

    // The first server: it finishes "ingest" and one chunk, then freezes forever (killed).
    const before: Record<string, number> = {};
    const first = startTestRunner(countingDefinitions(before, { steps: 2 }));
    expect((await api("POST", `/api/v1/jobs/${created.id}/transcribe`, { key, body: {} })).status).toBe(202);
    const run = await waitFor(async () => {
      const r = await db.jobRun.findFirst({ where: { functionId: "transcribe-job" }, include: { steps: true } });
      return r && r.steps.length >= 2 ? r : null;
    });
    const finished = run.steps.map((s) => s.stepId).sort();
    expect(finished).toContain("ingest");
    void first.stop(); // stops claiming; its frozen run never resumes in this "process"
    await db.jobRun.update({ where: { id: run.id }, data: { lockedUntil: new Date(Date.now() - 1000) } }); // its lease runs out

    // The restarted server picks the run up.
    const after: Record<string, number> = {};
    const second = startTestRunner(countingDefinitions(after));
    await second.drain();
    await second.stop();

    for (const step of finished) expect(after[step] ?? 0, `${step} re-ran`).toBe(0);
    expect(after["save-transcript"]).toBe(1);
    expect(after["extract"]).toBe(1);
    const chunkSteps = Object.keys(after).filter((s) => s.startsWith("transcribe-chunk-"));
    expect(chunkSteps.length).toBeGreaterThan(0);
    const job = await json<JobDetail>(await api("GET", `/api/v1/jobs/${created.id}`, { key }));
    expect(job.status).toBe("transcribed");
    expect(await db.transcript.count({ where: { jobId: created.id } })).toBe(1);
    expect(await db.usageRecord.count({ where: { jobId: created.id, metric: "minutes_transcribed" } })).toBe(1);
    const steps = await db.jobRunStep.findMany({ where: { runId: run.id } });
    expect(new Set(steps.map((s) => s.stepId)).size).toBe(steps.length);
  });

  it("saving the same generation twice creates no duplicate assets or usage", async () => {
    const job = await db.job.findFirstOrThrow({ where: { title: "Resume me" } });
    await db.job.update({ where: { id: job.id }, data: { status: "generating", generationId: "gen-1" } });
    const data = { workspaceId: job.workspaceId, jobId: job.id, generationId: "gen-1" };
    const result = await generateAssets(data);
    const a = await saveKit(data, result);
    const b = await saveKit(data, result);
    expect(b).toEqual(a);
    expect(await db.asset.count({ where: { jobId: job.id } })).toBe(result.assets.length);
    expect(await db.usageRecord.count({ where: { jobId: job.id, metric: "kits_generated" } })).toBe(1);
  });
});

async function waitFor<T>(probe: () => Promise<T | null>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 100));
  }
}
