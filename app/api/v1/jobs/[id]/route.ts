import { serve } from "@/lib/api/serve";
import { getJobEndpoint } from "@/lib/api/endpoints/jobs-read";

export const { GET, POST, PUT, PATCH, DELETE } = serve(getJobEndpoint);
