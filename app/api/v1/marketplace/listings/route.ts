import { serve } from "@/lib/api/serve";
import { listingsEndpoint, publishEndpoint } from "@/lib/api/endpoints/workspace-catalog";

export const { GET, POST, PUT, PATCH, DELETE } = serve(listingsEndpoint, publishEndpoint);
