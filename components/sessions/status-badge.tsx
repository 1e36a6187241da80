const tones: Record<string, string> = {
  draft: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
  uploaded: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
  transcribing: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
  extracting: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
  transcribed: "bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100",
  generating: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
  review: "bg-violet-100 text-violet-900 dark:bg-violet-900 dark:text-violet-100",
  delivered: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100",
  failed: "bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100",
};

export function StatusBadge({ status, progress }: { status: string; progress?: number }) {
  const busy = status === "transcribing" || status === "extracting" || status === "generating";
  return (
    <span className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-semibold capitalize ${tones[status] ?? tones.draft}`}>
      {status}
      {busy && progress !== undefined ? <span className="tabular-nums">{progress}%</span> : null}
    </span>
  );
}
