import type { JobStatus } from "@/lib/jobs/views";

const stages: { status: JobStatus; label: string }[] = [
  { status: "uploaded", label: "Uploaded" },
  { status: "transcribing", label: "Transcribing" },
  { status: "extracting", label: "Extracting" },
  { status: "transcribed", label: "Transcribed" },
  { status: "generating", label: "Generating" },
  { status: "review", label: "Review" },
  { status: "delivered", label: "Delivered" },
];

export function StageTimeline({ status, progress, stage }: { status: JobStatus; progress: number; stage: string | null }) {
  const current = stages.findIndex((s) => s.status === status);
  const busy = status === "transcribing" || status === "extracting" || status === "generating";
  return (
    <div>
      <ol className="grid grid-cols-2 gap-2 sm:grid-cols-7" aria-label="Pipeline stages">
        {stages.map((s, i) => {
          const state = status === "failed" ? "todo" : i < current ? "done" : i === current ? "current" : "todo";
          return (
            <li
              key={s.status}
              aria-current={state === "current" ? "step" : undefined}
              className={`rounded-lg border px-2 py-1.5 text-center text-xs font-medium ${
                state === "done"
                  ? "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100"
                  : state === "current"
                    ? "border-brand-600 bg-brand-50 text-brand-700 dark:bg-slate-800 dark:text-white"
                    : "border-slate-200 text-slate-600 dark:border-slate-700 dark:text-slate-400"
              }`}
            >
              {state === "done" ? "✓ " : ""}
              {s.label}
            </li>
          );
        })}
      </ol>
      {busy && (
        <div className="mt-3">
          <div className="flex justify-between text-xs text-slate-600 dark:text-slate-400">
            <span className="capitalize">{stage ?? status}…</span>
            <span className="tabular-nums">{progress}%</span>
          </div>
          <div role="progressbar" aria-label="Pipeline progress" aria-valuenow={progress} aria-valuemin={0} aria-valuemax={100} className="mt-1 h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700">
            <div className="h-full bg-brand-600 transition-all duration-500" style={{ width: `${progress}%` }} />
          </div>
        </div>
      )}
    </div>
  );
}
