import { serve } from "@/lib/api/serve";
import { getWebhook, updateWebhook, deleteWebhook } from "@/lib/api/endpoints/webhooks";

export const { GET, POST, PUT, PATCH, DELETE } = serve(getWebhook, updateWebhook, deleteWebhook);
