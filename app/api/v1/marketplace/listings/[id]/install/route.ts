import { serve } from "@/lib/api/serve";
import { installEndpoint } from "@/lib/api/endpoints/workspace-catalog";

export const { GET, POST, PUT, PATCH, DELETE } = serve(installEndpoint);
