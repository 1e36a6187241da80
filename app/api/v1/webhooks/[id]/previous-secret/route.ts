import { serve } from "@/lib/api/serve";
import { endRotation } from "@/lib/api/endpoints/webhooks";

export const { GET, POST, PUT, PATCH, DELETE } = serve(endRotation);
