import { serve } from "@/lib/api/serve";
import { transcriptEndpoint } from "@/lib/api/endpoints/jobs-read";

export const { GET, POST, PUT, PATCH, DELETE } = serve(transcriptEndpoint);
