import { serve } from "@/lib/api/serve";
import { updateBrandEndpoint, deleteBrandEndpoint } from "@/lib/api/endpoints/workspace-catalog";

export const { GET, POST, PUT, PATCH, DELETE } = serve(updateBrandEndpoint, deleteBrandEndpoint);
