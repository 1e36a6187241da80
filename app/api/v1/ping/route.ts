import { serve } from "@/lib/api/serve";
import { ping } from "@/lib/api/endpoints/platform";

export const { GET, POST, PUT, PATCH, DELETE } = serve(ping);
