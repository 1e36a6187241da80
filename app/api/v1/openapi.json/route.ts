import { serve } from "@/lib/api/serve";
import { openapi } from "@/lib/api/endpoints/openapi";

export const { GET, POST, PUT, PATCH, DELETE } = serve(openapi);
