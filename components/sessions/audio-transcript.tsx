"use client";
// The recording with its waveform, synced to the transcript: click a word to seek; the word
// being spoken is highlighted.
import { useEffect, useMemo, useRef, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import type { JobDetail } from "@/lib/jobs/views";
import { apiFetch } from "@/components/ui/api-client";
import { SpeakerEditor } from "./speaker-editor";

const fmt = (s: number) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, "0")}`;

function Waveform({ jobId, ready, current, duration, onSeek }: { jobId: number; ready: boolean; current: number; duration: number; onSeek: (t: number) => void }) {
  // The waveform comes from the normalised audio, which exists once transcription has started.
  const { data } = useQuery({ queryKey: ["waveform", jobId, ready], queryFn: () => apiFetch<{ peaks: number[] }>(`/jobs/${jobId}/waveform`), enabled: ready, retry: 2 });
  if (!data) return <div className="h-16 rounded bg-slate-100 dark:bg-slate-800" aria-hidden />;
  const at = duration ? current / duration : 0;
  return (
    <button
      type="button"
      aria-label="Seek in the recording"
      className="flex h-16 w-full items-center gap-px"
      onClick={(e) => {
        const box = e.currentTarget.getBoundingClientRect();
        onSeek(((e.clientX - box.left) / box.width) * duration);
      }}
    >
      {data.peaks.filter((_, i) => i % 4 === 0).map((p, i, all) => (
        <span key={i} className={`flex-1 rounded-sm ${i / all.length < at ? "bg-brand-600" : "bg-slate-300 dark:bg-slate-600"}`} style={{ height: `${Math.max(4, p * 100)}%` }} />
      ))}
    </button>
  );
}

export function AudioTranscript({ job }: { job: JobDetail }) {
  const audio = useRef<HTMLAudioElement>(null);
  const [time, setTime] = useState(0);
  const words = useMemo(() => job.transcript?.segments.flatMap((s, si) => s.words.map((w, wi) => ({ ...w, key: `${si}-${wi}` }))) ?? [], [job.transcript]);
  const currentKey = useMemo(() => {
    let lo = 0;
    let hi = words.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (words[mid].start <= time) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && words[found].end + 0.3 >= time ? words[found].key : null;
  }, [words, time]);

  useEffect(() => {
    const el = audio.current;
    if (!el) return;
    const onTime = () => setTime(el.currentTime);
    el.addEventListener("timeupdate", onTime);
    return () => el.removeEventListener("timeupdate", onTime);
  }, []);

  const seek = (t: number) => {
    if (!audio.current) return;
    audio.current.currentTime = t;
    void audio.current.play().catch(() => {});
  };

  return (
    <section aria-labelledby="transcript-heading" className="rounded-2xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
      <h2 id="transcript-heading" className="text-lg font-semibold">
        Recording and transcript
      </h2>
      {job.audio && (
        <div className="mt-3 space-y-2">
          <Waveform jobId={job.id} ready={Boolean(job.transcript)} current={time} duration={job.audio.durationSec ?? 0} onSeek={seek} />
          <audio ref={audio} controls preload="metadata" src={`/api/v1/jobs/${job.id}/audio`} className="w-full">
            <track kind="captions" src={`/api/v1/jobs/${job.id}/transcript?format=vtt`} srcLang="en" label="Transcript" default />
          </audio>
        </div>
      )}
      {job.transcript && <SpeakerEditor jobId={job.id} speakers={[...new Set(job.transcript.segments.map((s) => s.speaker ?? null))].slice(0, 6)} />}
      {job.transcript ? (
        <div className="mt-4 max-h-[28rem] space-y-3 overflow-y-auto pr-2 text-sm leading-relaxed">
          {job.transcript.segments.map((segment, si) => (
            <p key={si}>
              <span className="mr-2 text-xs tabular-nums text-slate-500 dark:text-slate-400">{fmt(segment.start)}</span>
              {segment.speaker ? <span className="mr-1 font-semibold">{segment.speaker}:</span> : null}
              {segment.words.length
                ? segment.words.map((w, wi) => {
                    const key = `${si}-${wi}`;
                    return (
                      <button
                        key={key}
                        type="button"
                        onClick={() => seek(w.start)}
                        className={`rounded px-0.5 ${currentKey === key ? "bg-amber-200 text-slate-900 dark:bg-amber-500" : "hover:bg-slate-100 dark:hover:bg-slate-800"}`}
                      >
                        {w.text}
                      </button>
                    );
                  })
                : segment.text}
            </p>
          ))}
        </div>
      ) : (
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">The transcript appears here when transcription finishes.</p>
      )}
    </section>
  );
}
