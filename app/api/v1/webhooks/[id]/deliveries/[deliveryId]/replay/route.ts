import { serve } from "@/lib/api/serve";
import { replayDelivery } from "@/lib/api/endpoints/webhooks";

export const { GET, POST, PUT, PATCH, DELETE } = serve(replayDelivery);
