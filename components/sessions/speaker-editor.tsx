"use client";
import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { apiFetch } from "@/components/ui/api-client";
import { useToast } from "@/components/ui/toast";

/** Speaker labels, renamable; unlabelled speech can be given a name too. */
export function SpeakerEditor({ jobId, speakers }: { jobId: number; speakers: (string | null)[] }) {
  const toast = useToast();
  const queryClient = useQueryClient();
  const [names, setNames] = useState<Record<string, string>>({});
  const rename = useMutation({
    mutationFn: (body: { from: string | null; to: string }) => apiFetch(`/jobs/${jobId}/transcript/speakers`, { method: "PATCH", json: body }),
    onSuccess: async () => {
      toast("Speaker renamed");
      await queryClient.invalidateQueries({ queryKey: ["job", jobId] });
    },
    onError: (e: Error) => toast(e.message, "error"),
  });
  return (
    <div className="mt-3 flex flex-wrap gap-3">
      {speakers.map((speaker) => {
        const key = speaker ?? "";
        return (
          <form
            key={key}
            className="flex items-end gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              const to = (names[key] ?? "").trim();
              if (to) rename.mutate({ from: speaker, to });
            }}
          >
            <label className="text-xs font-medium text-slate-600 dark:text-slate-400">
              {speaker ? `Rename “${speaker}”` : "Name the speaker"}
              <input className={`${inputClass} w-40`} value={names[key] ?? ""} placeholder={speaker ?? "Speaker"} onChange={(e) => setNames({ ...names, [key]: e.target.value })} />
            </label>
            <Button type="submit" variant="secondary" disabled={rename.isPending}>
              Save
            </Button>
          </form>
        );
      })}
    </div>
  );
}
