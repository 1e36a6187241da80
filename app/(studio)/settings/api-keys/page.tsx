import { requirePageCaller } from "@/lib/auth/session/page-caller";
import { listApiKeys } from "@/lib/auth/api-keys/list-api-keys";
import { planLimits } from "@/lib/plans/plans";
import { scopes } from "@/lib/auth/scopes";
import { PageHeader } from "@/components/ui/page-header";
import { ApiKeysManager } from "@/components/settings/api-keys-manager";

export const metadata = { title: "API keys" };

export default async function ApiKeysPage() {
  const caller = await requirePageCaller();
  const keys = await listApiKeys(caller.workspace.id, { limit: 100, offset: 0 });
  const limits = planLimits[caller.workspace.plan];
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader title="API keys" description="Keys let your code create jobs, upload audio, generate kits and export, through the same API the Studio uses. A key is shown once, when you create it." />
      <ApiKeysManager
        initial={keys.data}
        apiAccess={limits.apiAccess}
        scopes={scopes.map((s) => ({ id: s, allowed: limits.allowedScopes.includes(s), byDefault: limits.defaultScopes.includes(s) }))}
      />
    </div>
  );
}
