import { serve } from "@/lib/api/serve";
import { health } from "@/lib/api/endpoints/health";

export const { GET, POST, PUT, PATCH, DELETE } = serve(health);
