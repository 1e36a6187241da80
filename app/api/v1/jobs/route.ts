import { serve } from "@/lib/api/serve";
import { listJobsEndpoint } from "@/lib/api/endpoints/jobs-read";
import { createJobEndpoint } from "@/lib/api/endpoints/jobs-write";

export const { GET, POST, PUT, PATCH, DELETE } = serve(listJobsEndpoint, createJobEndpoint);
