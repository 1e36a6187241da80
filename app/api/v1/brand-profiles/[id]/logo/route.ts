import { serve } from "@/lib/api/serve";
import { getLogoEndpoint, uploadLogoEndpoint } from "@/lib/api/endpoints/workspace-catalog";

export const { GET, POST, PUT, PATCH, DELETE } = serve(getLogoEndpoint, uploadLogoEndpoint);
