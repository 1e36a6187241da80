import { serve } from "@/lib/api/serve";
import { archiveEndpoint } from "@/lib/api/endpoints/jobs-write";

export const { GET, POST, PUT, PATCH, DELETE } = serve(archiveEndpoint);
