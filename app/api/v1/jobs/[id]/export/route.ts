import { serve } from "@/lib/api/serve";
import { exportEndpoint } from "@/lib/api/endpoints/assets";

export const { GET, POST, PUT, PATCH, DELETE } = serve(exportEndpoint);
