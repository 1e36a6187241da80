import { requirePageCaller } from "@/lib/auth/session/page-caller";
import { listingsQuery, searchListings } from "@/lib/marketplace/search-listings";
import { PageHeader } from "@/components/ui/page-header";
import { InstallButton } from "@/components/marketplace/install-button";
import { inputClass } from "@/components/ui/field";

export const metadata = { title: "Marketplace" };
const categories = ["Sales", "Courses", "Onboarding", "Marketing", "Hiring"];

export default async function MarketplacePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePageCaller();
  const raw = await searchParams;
  const parsed = listingsQuery.safeParse({ ...raw, limit: raw.limit ?? "24" });
  const query = parsed.success ? parsed.data : listingsQuery.parse({ limit: "24" });
  const results = await searchListings(query);
  return (
    <div className="mx-auto max-w-6xl">
      <PageHeader title="Marketplace" description="Kit templates published by other teams. Installing one copies it into your workspace, ready to generate from." />
      <form role="search" className="mb-6 grid gap-3 sm:grid-cols-[1fr_12rem_10rem_auto]">
        <label className="text-sm font-medium">
          Search
          <input name="q" defaultValue={query.q ?? ""} placeholder="sales, onboarding, quiz…" className={inputClass} />
        </label>
        <label className="text-sm font-medium">
          Category
          <select name="category" defaultValue={query.category ?? ""} className={inputClass}>
            <option value="">All</option>
            {categories.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          Price
          <select name="price" defaultValue={query.price ?? ""} className={inputClass}>
            <option value="">Any</option>
            <option value="free">Free</option>
            <option value="paid">Paid</option>
          </select>
        </label>
        <button type="submit" className="self-end rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
          Search
        </button>
      </form>
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
        {results.pagination.total} listing{results.pagination.total === 1 ? "" : "s"}
      </p>
      {results.data.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-slate-300 p-8 text-center text-sm dark:border-slate-700">Nothing matches. Try another word or clear the filters.</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {results.data.map((l) => (
            <li key={l.id} className="flex flex-col rounded-2xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
              <div className="flex items-start justify-between gap-2">
                <h2 className="font-semibold"><a href={`/marketplace/${l.id}`} className="hover:underline">{l.title}</a></h2>
                {l.featured && <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-900 dark:text-amber-100">Featured</span>}
              </div>
              <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                {l.category} · by {l.author} · {l.installs} installs
              </p>
              <p className="mt-2 flex-1 text-sm">{l.description}</p>
              <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">{l.kit.assets.map((a) => a.title).join(" · ")}</p>
              <div className="mt-4 flex items-center justify-between">
                <span className="text-sm font-semibold">{l.priceCents === 0 ? "Free" : `$${(l.priceCents / 100).toFixed(2)}`}</span>
                <InstallButton listingId={l.id} title={l.title} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
