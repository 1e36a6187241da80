import { serve } from "@/lib/api/serve";
import { listBrandEndpoint, createBrandEndpoint } from "@/lib/api/endpoints/workspace-catalog";

export const { GET, POST, PUT, PATCH, DELETE } = serve(listBrandEndpoint, createBrandEndpoint);
