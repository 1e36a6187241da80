import { serve } from "@/lib/api/serve";
import { revokeKey } from "@/lib/api/endpoints/api-keys";

export const { GET, POST, PUT, PATCH, DELETE } = serve(revokeKey);
