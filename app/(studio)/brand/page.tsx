import { requirePageCaller } from "@/lib/auth/session/page-caller";
import { listBrandProfiles } from "@/lib/brand/list-brand-profiles";
import { planLimits } from "@/lib/plans/plans";
import { PageHeader } from "@/components/ui/page-header";
import { BrandList } from "@/components/settings/brand-list";

export const metadata = { title: "Brand" };

export default async function BrandPage() {
  const caller = await requirePageCaller();
  const profiles = await listBrandProfiles(caller.workspace.id);
  return (
    <div className="mx-auto max-w-5xl">
      <PageHeader title="Brand profiles" description="White-label your exports: logo, accent colour and client label on every PDF and Word file, and your own host for share pages." />
      <BrandList initial={profiles.data} gated={planLimits[caller.workspace.plan].brand ? null : "Brand profiles need the Studio plan."} />
    </div>
  );
}
