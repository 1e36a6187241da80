import { serve } from "@/lib/api/serve";
import { updateVoiceEndpoint, deleteVoiceEndpoint } from "@/lib/api/endpoints/workspace-catalog";

export const { GET, POST, PUT, PATCH, DELETE } = serve(updateVoiceEndpoint, deleteVoiceEndpoint);
