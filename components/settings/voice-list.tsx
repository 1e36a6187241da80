"use client";
import { SimpleCrud } from "./simple-crud";

interface Voice {
  id: string;
  name: string;
  tone: string;
  audience: string | null;
  preferWords: string[];
  avoidWords: string[];
}

export function VoiceList({ initial }: { initial: Voice[] }) {
  return (
    <SimpleCrud<Voice>
      resource="voice-profiles"
      noun="Voice profile"
      initial={initial}
      fields={[
        { name: "name", label: "Name", required: true, placeholder: "Friendly coach" },
        { name: "tone", label: "Tone", placeholder: "friendly, formal, energetic…" },
        { name: "audience", label: "Audience", placeholder: "New hires" },
        { name: "preferWords", label: "Words to prefer", type: "list", hint: "Comma-separated; each replaces the avoided word in the same position." },
        { name: "avoidWords", label: "Words to avoid", type: "list", placeholder: "employees, utilize" },
        { name: "exampleText", label: "Example of the voice" },
      ]}
      describe={(v) => (
        <div className="space-y-1 text-sm">
          <p className="font-semibold">{v.name}</p>
          <p>Tone: {v.tone}{v.audience ? ` · for ${v.audience}` : ""}</p>
          {v.avoidWords.length > 0 && <p className="text-slate-600 dark:text-slate-400">Avoid: {v.avoidWords.join(", ")}{v.preferWords.length ? ` → ${v.preferWords.join(", ")}` : ""}</p>}
        </div>
      )}
    />
  );
}
