import { requirePageCaller } from "@/lib/auth/session/page-caller";
import { listKits } from "@/lib/kits/list-kits";
import { listLanguages, configuredAsrLanguages, configuredGenerationLanguages } from "@/lib/languages/list-languages";
import { planLimits } from "@/lib/plans/plans";
import { NewSessionForm } from "@/components/sessions/new-session-form";

export const metadata = { title: "New session" };

export default async function NewSessionPage() {
  const caller = await requirePageCaller();
  const kits = await listKits(caller.workspace.id);
  const languages = listLanguages({ asr: configuredAsrLanguages(), generation: configuredGenerationLanguages() });
  const limits = planLimits[caller.workspace.plan];
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-semibold">New session</h1>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Upload a recording, link to one, or paste a transcript. Choose the kit to make from it.</p>
      <NewSessionForm
        kits={kits.map((k) => ({ id: k.id, name: k.name, description: k.description }))}
        languages={languages.filter((l) => l.generation).map((l) => ({ code: l.code, name: l.name }))}
        nonEnglishAllowed={limits.nonEnglishOutput}
        maxUploadMb={Math.round(limits.maxUploadBytes / 1024 / 1024)}
      />
    </div>
  );
}
