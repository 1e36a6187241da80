// A counter bumped after every committed write to the tables a job's detail is built from.
// In the embedded (single-process) mode every write goes through this process, so a cached
// read is valid exactly while the epoch is unchanged. It lives on globalThis: Next bundles
// instrumentation (where the job runner writes) and route handlers (which read) separately,
// and a module-level counter would exist once per bundle.
const holder = globalThis as typeof globalThis & { __talksmithEpoch?: { value: number } };
const epoch = (holder.__talksmithEpoch ??= { value: 0 });

export const jobDataModels = new Set(["Job", "Transcript", "TranscriptSegment", "JobInsights", "Moment", "Quote", "Kit", "Asset"]);
const writeOps = /^(create|update|upsert|delete)/;

export const currentEpoch = () => epoch.value;
export function bumpEpoch() {
  epoch.value++;
}

export function isJobDataWrite(model: string | undefined, operation: string) {
  if (!model) return /^\$execute/.test(operation);
  return jobDataModels.has(model) && writeOps.test(operation);
}
