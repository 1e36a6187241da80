import { serve } from "@/lib/api/serve";
import { listVoicesEndpoint, createVoiceEndpoint } from "@/lib/api/endpoints/workspace-catalog";

export const { GET, POST, PUT, PATCH, DELETE } = serve(listVoicesEndpoint, createVoiceEndpoint);
