import { serve } from "@/lib/api/serve";
import { listDeliveries } from "@/lib/api/endpoints/webhooks";

export const { GET, POST, PUT, PATCH, DELETE } = serve(listDeliveries);
