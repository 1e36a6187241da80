import { serve } from "@/lib/api/serve";
import { renameSpeakerEndpoint } from "@/lib/api/endpoints/jobs-write";

export const { GET, POST, PUT, PATCH, DELETE } = serve(renameSpeakerEndpoint);
