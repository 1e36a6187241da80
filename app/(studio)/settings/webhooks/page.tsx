import { requirePageCaller } from "@/lib/auth/session/page-caller";
import { listWebhookEndpoints } from "@/lib/webhooks/list-webhook-endpoints";
import { webhookEvents } from "@/lib/webhooks/events";
import { PageHeader } from "@/components/ui/page-header";
import { WebhooksManager } from "@/components/settings/webhooks-manager";

export const metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  const caller = await requirePageCaller();
  const endpoints = await listWebhookEndpoints(caller.workspace.id, { limit: 100, offset: 0 });
  return (
    <div className="mx-auto max-w-5xl">
      <PageHeader title="Webhooks" description="Talksmith POSTs signed JSON to your endpoints when jobs change. Verify X-Talksmith-Signature with the endpoint's secret." />
      <WebhooksManager initial={endpoints.data} events={[...webhookEvents]} />
    </div>
  );
}
