"use client";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { apiFetch, ApiRequestError } from "@/components/ui/api-client";
import { useToast } from "@/components/ui/toast";

type Source = "upload" | "url" | "transcript";
interface Props {
  kits: { id: string; name: string; description: string }[];
  languages: { code: string; name: string }[];
  nonEnglishAllowed: boolean;
  maxUploadMb: number;
}

const sources: { id: Source; label: string }[] = [
  { id: "upload", label: "Upload audio or video" },
  { id: "url", label: "From a link" },
  { id: "transcript", label: "Paste a transcript" },
];

/** Uploads with XMLHttpRequest, the one browser API that reports upload progress. */
function uploadWithProgress(jobId: number, file: File, onProgress: (sent: number) => void, xhrRef: { current: XMLHttpRequest | null }) {
  return new Promise<void>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhrRef.current = xhr;
    xhr.open("POST", `/api/v1/jobs/${jobId}/upload`);
    xhr.upload.onprogress = (e) => onProgress(e.loaded);
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) return resolve();
      try {
        const body = JSON.parse(xhr.responseText) as { error: { code: string; message: string; param: string | null } };
        reject(new ApiRequestError(xhr.status, body.error.code, body.error.message, body.error.param));
      } catch {
        reject(new Error(`Upload failed (${xhr.status})`));
      }
    };
    xhr.onerror = () => reject(new Error("The upload was interrupted."));
    xhr.onabort = () => reject(new Error("Upload cancelled."));
    const form = new FormData();
    form.append("audio", file);
    xhr.send(form);
  });
}

export function NewSessionForm({ kits, languages, nonEnglishAllowed, maxUploadMb }: Props) {
  const router = useRouter();
  const toast = useToast();
  const [source, setSource] = useState<Source>("upload");
  const [file, setFile] = useState<File | null>(null);
  const [sent, setSent] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const xhr = useRef<XMLHttpRequest | null>(null);

  async function importFile(f: File | undefined, setText: (t: string) => void) {
    if (f) setText(await f.text());
  }

  async function submit(form: HTMLFormElement) {
    const data = new FormData(form);
    setError(null);
    setBusy(true);
    const body = {
      title: String(data.get("title") ?? "").trim(),
      kitId: String(data.get("kitId") ?? "") || null,
      audience: String(data.get("audience") ?? "").trim() || null,
      outputLanguage: String(data.get("outputLanguage") ?? "en"),
      autoRun: data.get("autoRun") === "on",
      ...(source === "url" ? { sourceUrl: String(data.get("sourceUrl") ?? "").trim() } : {}),
      ...(source === "transcript" ? { transcript: String(data.get("transcript") ?? "") } : {}),
    };
    try {
      if (source === "upload" && !file) throw new Error("Choose a file to upload.");
      const job = await apiFetch<{ id: number }>("/jobs", { method: "POST", json: body });
      if (source === "upload" && file) {
        setSent(0);
        await uploadWithProgress(job.id, file, setSent, xhr);
        if (!body.autoRun) await apiFetch(`/jobs/${job.id}/transcribe`, { method: "POST", json: {} });
      }
      toast("Session created");
      router.push(`/sessions/${job.id}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setSent(null);
      setBusy(false);
    }
  }

  const percent = file && sent !== null ? Math.min(100, Math.round((sent / file.size) * 100)) : 0;
  const [transcriptText, setTranscriptText] = useState("");

  return (
    <form
      className="mt-6 space-y-6 rounded-2xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(e.currentTarget);
      }}
    >
      <fieldset>
        <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">Source</legend>
        <div role="radiogroup" className="mt-2 grid gap-2 sm:grid-cols-3">
          {sources.map((s) => (
            <label
              key={s.id}
              className={`cursor-pointer rounded-lg border px-3 py-2 text-sm ${source === s.id ? "border-brand-600 bg-brand-50 text-brand-700 dark:bg-slate-800 dark:text-white" : "border-slate-300 dark:border-slate-700"}`}
            >
              <input type="radio" name="source" value={s.id} checked={source === s.id} onChange={() => setSource(s.id)} className="mr-2" />
              {s.label}
            </label>
          ))}
        </div>
      </fieldset>

      {source === "upload" && (
        <Field label="Recording" hint={`mp3, m4a, wav, ogg, webm, mp4 or flac, up to ${maxUploadMb} MB on your plan.`}>
          <Input type="file" name="audio" accept="audio/*,video/mp4,video/webm,.mp3,.m4a,.wav,.ogg,.webm,.mp4,.flac" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </Field>
      )}
      {source === "url" && (
        <Field label="Link to the recording" hint="A public http(s) link to an audio or video file.">
          <Input type="url" name="sourceUrl" required placeholder="https://example.com/talk.mp3" />
        </Field>
      )}
      {source === "transcript" && (
        <div className="space-y-2">
          <Field label="Transcript" hint="Plain text (Speaker: line), SRT or WebVTT. Timestamps and speaker labels are kept.">
            <Textarea name="transcript" required rows={10} value={transcriptText} onChange={(e) => setTranscriptText(e.target.value)} />
          </Field>
          <Field label="…or import a file">
            <Input type="file" accept=".txt,.srt,.vtt,text/plain,text/vtt" onChange={(e) => void importFile(e.target.files?.[0], setTranscriptText)} />
          </Field>
        </div>
      )}

      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Title">
          <Input name="title" required maxLength={200} placeholder="Client onboarding SOP" />
        </Field>
        <Field label="Kit">
          <Select name="kitId" defaultValue={kits[0]?.id}>
            {kits.map((k) => (
              <option key={k.id} value={k.id}>
                {k.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Audience" hint="Who the kit is for; it shapes greetings and examples.">
          <Input name="audience" maxLength={200} placeholder="New hires" />
        </Field>
        <Field label="Output language" hint={nonEnglishAllowed ? "Languages your configured generator can write." : "Other languages need the Pro plan."}>
          <Select name="outputLanguage" defaultValue="en">
            {languages.map((l) => (
              <option key={l.code} value={l.code} disabled={l.code !== "en" && !nonEnglishAllowed}>
                {l.name}
                {l.code !== "en" && !nonEnglishAllowed ? " (Pro)" : ""}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="autoRun" defaultChecked className="h-4 w-4" />
        Run the whole pipeline now (transcribe, extract, generate the kit)
      </label>

      {sent !== null && file && (
        <div>
          <div className="flex justify-between text-xs text-slate-600 dark:text-slate-400">
            <span>Uploading {file.name}</span>
            <span className="tabular-nums">
              {(sent / 1024 / 1024).toFixed(1)} / {(file.size / 1024 / 1024).toFixed(1)} MB
            </span>
          </div>
          <div role="progressbar" aria-label="Upload progress" aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100} className="mt-1 h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700">
            <div className="h-full bg-brand-600 transition-all" style={{ width: `${percent}%` }} />
          </div>
        </div>
      )}
      {error && (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          {error}
        </p>
      )}
      <div className="flex gap-3">
        <Button type="submit" disabled={busy}>
          {busy ? "Working…" : "Create session"}
        </Button>
        {sent !== null && (
          <Button variant="secondary" onClick={() => xhr.current?.abort()}>
            Cancel upload
          </Button>
        )}
      </div>
    </form>
  );
}
