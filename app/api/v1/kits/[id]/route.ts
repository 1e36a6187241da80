import { serve } from "@/lib/api/serve";
import { updateKitEndpoint, deleteKitEndpoint } from "@/lib/api/endpoints/workspace-catalog";

export const { GET, POST, PUT, PATCH, DELETE } = serve(updateKitEndpoint, deleteKitEndpoint);
