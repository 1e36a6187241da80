import { jobStatuses } from "@/lib/jobs/views";
import { inputClass } from "@/components/ui/field";

export function SessionsFilters({ query, kits }: { query: { q?: string; status?: string; kitId?: string; archived: string }; kits: { id: string; name: string }[] }) {
  return (
    <form role="search" className="mt-6 grid gap-3 sm:grid-cols-[1fr_10rem_12rem_9rem_auto]">
      <label className="text-sm font-medium">
        Search titles
        <input name="q" defaultValue={query.q ?? ""} className={inputClass} placeholder="onboarding…" />
      </label>
      <label className="text-sm font-medium">
        Status
        <select name="status" defaultValue={query.status ?? ""} className={inputClass}>
          <option value="">Any</option>
          {jobStatuses.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium">
        Kit
        <select name="kitId" defaultValue={query.kitId ?? ""} className={inputClass}>
          <option value="">Any</option>
          {kits.map((k) => (
            <option key={k.id} value={k.id}>
              {k.name}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium">
        Archived
        <select name="archived" defaultValue={query.archived} className={inputClass}>
          <option value="false">Hidden</option>
          <option value="true">Only archived</option>
          <option value="all">Show all</option>
        </select>
      </label>
      <button type="submit" className="self-end rounded-lg border border-slate-300 px-4 py-2 text-sm font-medium dark:border-slate-600">
        Filter
      </button>
    </form>
  );
}
