export default function Loading() {
  return (
    <div className="mx-auto max-w-6xl animate-pulse" aria-busy="true" aria-label="Loading">
      <div className="h-8 w-48 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="mt-2 h-4 w-80 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="mt-8 grid gap-4">
        {[0, 1, 2].map((i) => (
          <div key={i} className="h-24 rounded-2xl bg-slate-200 dark:bg-slate-800" />
        ))}
      </div>
    </div>
  );
}
