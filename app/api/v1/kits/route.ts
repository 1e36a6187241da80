import { serve } from "@/lib/api/serve";
import { kitsEndpoint } from "@/lib/api/endpoints/catalog";

export const { GET, POST, PUT, PATCH, DELETE } = serve(kitsEndpoint);
