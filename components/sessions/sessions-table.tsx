import Link from "next/link";
import type { Page } from "@/lib/api/pagination";
import type { JobSummary } from "@/lib/jobs/views";
import { StatusBadge } from "./status-badge";

export function SessionsTable({ initial, query }: { initial: Page<JobSummary>; query: { filtered: boolean; limit: number; offset: number } }) {
  if (initial.pagination.total === 0 && !query.filtered) {
    return (
      <div className="mt-8 rounded-2xl border border-dashed border-slate-300 bg-white p-10 text-center dark:border-slate-700 dark:bg-slate-900">
        <h2 className="text-lg font-semibold">No sessions yet</h2>
        <p className="mx-auto mt-2 max-w-md text-sm text-slate-600 dark:text-slate-400">
          Upload a recording, give a link to one, or paste a transcript. Talksmith transcribes it, finds the key moments and quotes, and writes the kit you choose.
        </p>
        <Link href="/sessions/new" className="mt-6 inline-block rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
          Create your first session
        </Link>
      </div>
    );
  }
  if (initial.data.length === 0) return <p className="mt-6 rounded-xl border border-dashed border-slate-300 p-6 text-center text-sm dark:border-slate-700">No sessions match these filters.</p>;
  return (
    <div className="mt-6 overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-600 dark:border-slate-800 dark:text-slate-400">
          <tr>
            <th scope="col" className="px-4 py-3">Title</th>
            <th scope="col" className="px-4 py-3">Status</th>
            <th scope="col" className="px-4 py-3">Kit</th>
            <th scope="col" className="px-4 py-3">Created</th>
          </tr>
        </thead>
        <tbody>
          {initial.data.map((job) => (
            <tr key={job.id} className="border-b border-slate-100 last:border-0 dark:border-slate-800">
              <td className="px-4 py-3 font-medium">
                <Link href={`/sessions/${job.id}`} className="hover:underline">
                  {job.title}
                </Link>
              </td>
              <td className="px-4 py-3">
                <StatusBadge status={job.status} progress={job.progress} />
              </td>
              <td className="px-4 py-3 text-slate-600 dark:text-slate-400">{job.kitId ?? "—"}</td>
              <td className="px-4 py-3 text-slate-600 dark:text-slate-400">{new Date(job.createdAt).toISOString().slice(0, 10)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
