import { serve } from "@/lib/api/serve";
import { testWebhook } from "@/lib/api/endpoints/webhooks";

export const { GET, POST, PUT, PATCH, DELETE } = serve(testWebhook);
