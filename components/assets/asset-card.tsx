"use client";
import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { JobDetail } from "@/lib/jobs/views";
import type { AssetDocument } from "@/lib/documents/model";
import { Button } from "@/components/ui/button";
import { apiFetch } from "@/components/ui/api-client";
import { useToast } from "@/components/ui/toast";
import { AssetView } from "./asset-view";
import { AssetEditor } from "./asset-editor";

type Asset = JobDetail["assets"][number];

const statusTone = {
  draft: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
  approved: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100",
  discarded: "bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100",
};

export function AssetCard({ jobId, asset, editable }: { jobId: number; asset: Asset; editable: boolean }) {
  const [editing, setEditing] = useState(false);
  const queryClient = useQueryClient();
  const toast = useToast();
  const save = useMutation({
    mutationFn: (body: { title?: string; content?: AssetDocument; status?: Asset["status"] }) => apiFetch(`/jobs/${jobId}/assets/${asset.id}`, { method: "PATCH", json: body }),
    onSuccess: async (_d, body) => {
      await queryClient.invalidateQueries({ queryKey: ["job", jobId] });
      setEditing(false);
      toast(body.status ? `Asset ${body.status}` : "Changes saved");
    },
    onError: (e: Error) => toast(e.message, "error"),
  });

  return (
    <article aria-labelledby={`asset-${asset.id}`} className={`rounded-2xl border bg-white p-5 dark:bg-slate-900 ${asset.status === "discarded" ? "border-dashed border-slate-300 opacity-70 dark:border-slate-700" : "border-slate-200 dark:border-slate-800"}`}>
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">{asset.type.replaceAll("_", " ")}</p>
          <h3 id={`asset-${asset.id}`} className="text-base font-semibold">
            {asset.title}
          </h3>
        </div>
        <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold capitalize ${statusTone[asset.status]}`}>{asset.status}</span>
      </header>
      <div className="mt-4">
        {editing ? (
          <AssetEditor doc={asset.content} saving={save.isPending} onCancel={() => setEditing(false)} onSave={(doc) => save.mutate({ title: doc.title, content: doc })} />
        ) : (
          <AssetView doc={asset.content} />
        )}
      </div>
      {!editing && (
        <footer className="mt-4 flex flex-wrap items-center gap-2 border-t border-slate-100 pt-4 dark:border-slate-800">
          {editable && (
            <>
              <Button variant="secondary" onClick={() => setEditing(true)}>
                Edit
              </Button>
              <Button variant="secondary" disabled={asset.status === "approved"} onClick={() => save.mutate({ status: "approved" })}>
                Approve
              </Button>
              <Button variant="ghost" disabled={asset.status === "discarded"} onClick={() => save.mutate({ status: "discarded" })}>
                Discard
              </Button>
            </>
          )}
          <span className="ml-auto flex gap-2 text-sm">
            {asset.formats.map((f) => (
              <a key={f} href={`/api/v1/jobs/${jobId}/assets/${asset.id}?format=${f}`} className="rounded-md border border-slate-300 px-2 py-1 font-medium uppercase hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800" download>
                {f}
              </a>
            ))}
          </span>
        </footer>
      )}
    </article>
  );
}
