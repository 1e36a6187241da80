import Link from "next/link";
import { requirePageCaller } from "@/lib/auth/session/page-caller";
import { listJobs, listJobsQuery } from "@/lib/jobs/list-jobs";
import { SessionsTable } from "@/components/sessions/sessions-table";
import { SessionsFilters } from "@/components/sessions/sessions-filters";
import { listKits } from "@/lib/kits/list-kits";

export const metadata = { title: "Sessions" };

export default async function SessionsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const caller = await requirePageCaller();
  const parsed = listJobsQuery.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : listJobsQuery.parse({});
  const [jobs, kits] = await Promise.all([listJobs(caller.workspace.id, query), listKits(caller.workspace.id)]);
  const filtered = Boolean(query.q || query.status || query.kitId || query.archived !== "false");
  const pageLink = (offset: number) => `/?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), ...(query.status ? { status: query.status } : {}), ...(query.kitId ? { kitId: query.kitId } : {}), archived: query.archived, offset: String(offset) })}`;
  return (
    <div className="mx-auto max-w-6xl">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Sessions</h1>
          <p className="text-sm text-slate-600 dark:text-slate-400">Every recording and what was made from it.</p>
        </div>
        <Link href="/sessions/new" className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
          New session
        </Link>
      </div>
      {(jobs.pagination.total > 0 || filtered) && <SessionsFilters query={query} kits={kits.map((k) => ({ id: k.id, name: k.name }))} />}
      <SessionsTable initial={jobs} query={{ ...query, filtered }} />
      {(query.offset > 0 || jobs.pagination.hasMore) && (
        <nav aria-label="Pages" className="mt-4 flex items-center justify-between text-sm">
          {query.offset > 0 ? <Link href={pageLink(Math.max(0, query.offset - query.limit))}>← Newer</Link> : <span />}
          <span className="text-slate-600 dark:text-slate-400">
            {query.offset + 1}–{query.offset + jobs.data.length} of {jobs.pagination.total}
          </span>
          {jobs.pagination.hasMore ? <Link href={pageLink(query.offset + query.limit)}>Older →</Link> : <span />}
        </nav>
      )}
    </div>
  );
}
