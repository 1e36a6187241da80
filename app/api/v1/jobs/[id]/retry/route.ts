import { serve } from "@/lib/api/serve";
import { retryEndpoint } from "@/lib/api/endpoints/jobs-write";

export const { GET, POST, PUT, PATCH, DELETE } = serve(retryEndpoint);
