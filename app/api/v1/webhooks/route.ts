import { serve } from "@/lib/api/serve";
import { listWebhooks, createWebhook } from "@/lib/api/endpoints/webhooks";

export const { GET, POST, PUT, PATCH, DELETE } = serve(listWebhooks, createWebhook);
