import { serve } from "@/lib/api/serve";
import { revealSecret } from "@/lib/api/endpoints/webhooks";

export const { GET, POST, PUT, PATCH, DELETE } = serve(revealSecret);
