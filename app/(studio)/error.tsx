"use client";

export default function StudioError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-xl rounded-2xl border border-red-200 bg-red-50 p-6 text-red-900 dark:border-red-900 dark:bg-red-950 dark:text-red-100">
      <h1 className="text-lg font-semibold">Something went wrong</h1>
      <p className="mt-2 text-sm">This page could not load. Nothing you saved was lost.{error.digest ? ` Reference: ${error.digest}.` : ""}</p>
      <button type="button" onClick={reset} className="mt-4 rounded-lg bg-red-700 px-3 py-2 text-sm font-medium text-white">
        Try again
      </button>
    </div>
  );
}
