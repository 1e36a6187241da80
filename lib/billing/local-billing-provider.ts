import { db } from "@/lib/db";
import type { BillingProvider } from "./billing-provider";

/** No payment step: plan changes apply at once and purchases are recorded as made. */
export function localBillingProvider(): BillingProvider {
  return {
    name: "local",
    async startCheckout(workspaceId, plan) {
      const { count } = await db.workspace.updateMany({ where: { id: workspaceId }, data: { plan } });
      if (count === 0) throw new Error(`Workspace ${workspaceId} does not exist`);
      return { switched: true };
    },
    async recordPurchase(workspaceId, listing) {
      await db.marketplacePurchase.upsert({
        where: { workspaceId_listingId: { workspaceId, listingId: listing.id } },
        update: {},
        create: { workspaceId, listingId: listing.id, priceCents: listing.priceCents, provider: "local" },
      });
      return { recorded: true };
    },
  };
}
