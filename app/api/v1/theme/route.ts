import { serve } from "@/lib/api/serve";
import { getDefaultThemeEndpoint, putDefaultThemeEndpoint, deleteDefaultThemeEndpoint } from "@/lib/api/endpoints/workspace-catalog";

export const { GET, POST, PUT, PATCH, DELETE } = serve(getDefaultThemeEndpoint, putDefaultThemeEndpoint, deleteDefaultThemeEndpoint);
