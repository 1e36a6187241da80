import { serve } from "@/lib/api/serve";
import { jobAudioEndpoint } from "@/lib/api/endpoints/jobs-read";

export const { GET, POST, PUT, PATCH, DELETE } = serve(jobAudioEndpoint);
