import { notFound } from "next/navigation";
import { requirePageCaller } from "@/lib/auth/session/page-caller";
import { getJobDetail } from "@/lib/jobs/get-job-detail";
import { SessionDetail } from "@/components/sessions/session-detail";

export const metadata = { title: "Session" };

export default async function SessionPage({ params }: { params: Promise<{ id: string }> }) {
  const caller = await requirePageCaller();
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const job = await getJobDetail(caller.workspace.id, id).catch(() => null);
  if (!job) notFound();
  return <SessionDetail initial={job} />;
}
