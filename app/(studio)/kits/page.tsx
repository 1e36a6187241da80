import { requirePageCaller } from "@/lib/auth/session/page-caller";
import { listKits } from "@/lib/kits/list-kits";
import { planLimits } from "@/lib/plans/plans";
import { PageHeader } from "@/components/ui/page-header";
import { KitTemplates } from "@/components/kits/kit-templates";

export const metadata = { title: "Kit templates" };

export default async function KitsPage() {
  const caller = await requirePageCaller();
  const kits = await listKits(caller.workspace.id);
  return (
    <div className="mx-auto max-w-5xl">
      <PageHeader title="Kit templates" description="What each kit produces. Duplicate a built-in kit to change its name, description or asset list, and publish your own to the marketplace." />
      <KitTemplates initial={kits} canPublish={planLimits[caller.workspace.plan].marketplace} />
    </div>
  );
}
