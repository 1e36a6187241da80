import { serve } from "@/lib/api/serve";
import { getJobEndpoint } from "@/lib/api/endpoints/jobs-read";
import { deleteJobEndpoint } from "@/lib/api/endpoints/jobs-write";

export const { GET, POST, PUT, PATCH, DELETE } = serve(getJobEndpoint, deleteJobEndpoint);
