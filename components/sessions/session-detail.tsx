"use client";
import { useRouter } from "next/navigation";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { JobDetail } from "@/lib/jobs/views";
import { Button } from "@/components/ui/button";
import { apiFetch } from "@/components/ui/api-client";
import { useToast } from "@/components/ui/toast";
import { AssetCard } from "@/components/assets/asset-card";
import { StatusBadge } from "./status-badge";
import { StageTimeline } from "./stage-timeline";
import { AudioTranscript } from "./audio-transcript";

const busy = (s: string) => ["transcribing", "extracting", "generating"].includes(s);
const fmt = (s: number) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, "0")}`;

export function SessionDetail({ initial }: { initial: JobDetail }) {
  const router = useRouter();
  const toast = useToast();
  const queryClient = useQueryClient();
  const { data: job = initial } = useQuery({
    queryKey: ["job", initial.id],
    queryFn: () => apiFetch<JobDetail>(`/jobs/${initial.id}`),
    initialData: initial,
    refetchInterval: (q) => (q.state.data && busy(q.state.data.status) ? 1500 : false),
  });
  const action = useMutation({
    mutationFn: ({ path, method = "POST", json }: { path: string; method?: string; json?: unknown; done: string }) => apiFetch(`/jobs/${job.id}${path}`, { method, json: json ?? {} }),
    onSuccess: async (_d, v) => {
      toast(v.done);
      if (v.method === "DELETE") return router.push("/");
      await queryClient.invalidateQueries({ queryKey: ["job", job.id] });
    },
    onError: (e: Error) => toast(e.message, "error"),
  });

  return (
    <div className="mx-auto max-w-6xl space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{job.title}</h1>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
            <StatusBadge status={job.status} progress={job.progress} />
            {job.kitId ? <span>Kit: {job.kit?.name ?? job.kitId}</span> : null}
            {job.audience ? <span>· For {job.audience}</span> : null}
            {job.audio?.durationSec ? <span>· {fmt(job.audio.durationSec)}</span> : null}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {job.status === "transcribed" && job.kitId && (
            <Button onClick={() => action.mutate({ path: "/generate-kit", json: { kitId: job.kitId }, done: "Generating the kit" })}>Generate kit</Button>
          )}
          {job.status === "uploaded" && <Button onClick={() => action.mutate({ path: "/transcribe", done: "Transcription started" })}>Transcribe</Button>}
          {job.status === "review" && <Button onClick={() => action.mutate({ path: "/deliver", done: "Marked delivered" })}>Mark delivered</Button>}
          {job.kit && (
            <a href={`/api/v1/jobs/${job.id}/export`} className="inline-flex items-center rounded-lg border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:hover:bg-slate-700" download>
              Download Course Pack
            </a>
          )}
          <Button
            variant="ghost"
            onClick={() => {
              if (confirm("Delete this session, its transcript, kit and files?")) action.mutate({ path: "", method: "DELETE", done: "Session deleted" });
            }}
          >
            Delete
          </Button>
        </div>
      </header>

      <section aria-label="Progress" className="rounded-2xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
        <StageTimeline status={job.status} progress={job.progress} stage={job.stage} />
        {job.status === "failed" && (
          <div role="alert" className="mt-4 flex flex-wrap items-center justify-between gap-3 rounded-lg bg-red-50 px-4 py-3 text-sm text-red-900 dark:bg-red-950 dark:text-red-100">
            <span>{job.error ?? "The job failed."}</span>
            {job.retryCount < 3 && (
              <Button variant="danger" onClick={() => action.mutate({ path: "/retry", done: "Retrying" })}>
                Retry
              </Button>
            )}
          </div>
        )}
      </section>

      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <AudioTranscript job={job} />
        <aside className="space-y-6">
          <section aria-labelledby="moments-heading" className="rounded-2xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
            <h2 id="moments-heading" className="text-lg font-semibold">
              Moments
            </h2>
            {job.moments.length ? (
              <ol className="mt-3 space-y-3 text-sm">
                {job.moments.map((m) => (
                  <li key={m.id}>
                    <p className="font-medium">{m.title}</p>
                    <p className="text-slate-600 dark:text-slate-400">
                      {fmt(m.start)}–{fmt(m.end)} · {m.summary}
                    </p>
                  </li>
                ))}
              </ol>
            ) : (
              <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">Key moments appear after extraction.</p>
            )}
          </section>
          <section aria-labelledby="quotes-heading" className="rounded-2xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
            <h2 id="quotes-heading" className="text-lg font-semibold">
              Quotes
            </h2>
            {job.quotes.length ? (
              <ul className="mt-3 space-y-3 text-sm">
                {job.quotes.map((q) => (
                  <li key={q.id} className="border-l-4 border-brand-600 pl-3">
                    “{q.text}”
                    <span className="block text-xs text-slate-600 dark:text-slate-400">
                      {q.speaker ? `${q.speaker} · ` : ""}
                      {fmt(q.start)}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">Quotable lines appear after extraction.</p>
            )}
          </section>
        </aside>
      </div>

      <section aria-labelledby="kit-heading" className="space-y-4">
        <h2 id="kit-heading" className="text-xl font-semibold">
          Kit review
        </h2>
        {job.assets.length ? (
          job.assets.map((asset) => <AssetCard key={asset.id} jobId={job.id} asset={asset} editable={job.status === "review"} />)
        ) : (
          <p className="rounded-2xl border border-dashed border-slate-300 p-6 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
            {job.status === "generating" ? "Writing the kit…" : "The kit's assets appear here for review once it is generated."}
          </p>
        )}
      </section>
    </div>
  );
}
