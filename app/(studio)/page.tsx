import Link from "next/link";
import { requirePageCaller } from "@/lib/auth/session/page-caller";
import { listJobs, listJobsQuery } from "@/lib/jobs/list-jobs";
import { SessionsTable } from "@/components/sessions/sessions-table";

export const metadata = { title: "Sessions" };

export default async function SessionsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const caller = await requirePageCaller();
  const parsed = listJobsQuery.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : listJobsQuery.parse({});
  const jobs = await listJobs(caller.workspace.id, query);
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
      <SessionsTable initial={jobs} query={query} />
    </div>
  );
}
