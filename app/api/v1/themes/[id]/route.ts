import { serve } from "@/lib/api/serve";
import { getThemeEndpoint, putThemeEndpoint, deleteThemeEndpoint } from "@/lib/api/endpoints/workspace-catalog";

export const { GET, POST, PUT, PATCH, DELETE } = serve(getThemeEndpoint, putThemeEndpoint, deleteThemeEndpoint);
