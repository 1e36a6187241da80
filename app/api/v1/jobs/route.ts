import { serve } from "@/lib/api/serve";
import { listJobsEndpoint } from "@/lib/api/endpoints/jobs-read";

export const { GET, POST, PUT, PATCH, DELETE } = serve(listJobsEndpoint);
