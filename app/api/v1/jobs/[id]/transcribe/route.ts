import { serve } from "@/lib/api/serve";
import { transcribeEndpoint } from "@/lib/api/endpoints/jobs-write";

export const { GET, POST, PUT, PATCH, DELETE } = serve(transcribeEndpoint);
