import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageCaller } from "@/lib/auth/session/page-caller";
import { getListing } from "@/lib/marketplace/get-listing";
import { InstallButton } from "@/components/marketplace/install-button";

export const metadata = { title: "Marketplace listing" };

export default async function ListingPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageCaller();
  const listing = await getListing((await params).id).catch(() => null);
  if (!listing) notFound();
  return (
    <div className="mx-auto max-w-3xl">
      <Link href="/marketplace" className="text-sm underline">
        ← Marketplace
      </Link>
      <div className="mt-4 rounded-2xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <h1 className="text-2xl font-semibold">{listing.title}</h1>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
              {listing.category} · by {listing.author} · {listing.installs} installs{listing.featured ? " · Featured" : ""}
            </p>
          </div>
          <div className="flex items-center gap-3">
            <span className="text-lg font-semibold">{listing.priceCents === 0 ? "Free" : `$${(listing.priceCents / 100).toFixed(2)}`}</span>
            <InstallButton listingId={listing.id} title={listing.title} />
          </div>
        </div>
        <p className="mt-4">{listing.description}</p>
        <h2 className="mt-6 font-semibold">What the kit makes</h2>
        <ul className="mt-2 list-disc pl-5 text-sm">
          {listing.kit.assets.map((a, i) => (
            <li key={i}>
              {a.title} <span className="text-slate-600 dark:text-slate-400">({a.type.replaceAll("_", " ")})</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
