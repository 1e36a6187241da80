import { serve } from "@/lib/api/serve";
import { rotateSecret } from "@/lib/api/endpoints/webhooks";

export const { GET, POST, PUT, PATCH, DELETE } = serve(rotateSecret);
