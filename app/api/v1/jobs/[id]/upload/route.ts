import { serve } from "@/lib/api/serve";
import { uploadEndpoint } from "@/lib/api/endpoints/jobs-write";

export const { GET, POST, PUT, PATCH, DELETE } = serve(uploadEndpoint);
