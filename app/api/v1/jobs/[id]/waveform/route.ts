import { serve } from "@/lib/api/serve";
import { waveformEndpoint } from "@/lib/api/endpoints/jobs-read";

export const { GET, POST, PUT, PATCH, DELETE } = serve(waveformEndpoint);
