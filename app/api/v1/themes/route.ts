import { serve } from "@/lib/api/serve";
import { listThemesEndpoint, createThemeEndpoint } from "@/lib/api/endpoints/workspace-catalog";

export const { GET, POST, PUT, PATCH, DELETE } = serve(listThemesEndpoint, createThemeEndpoint);
