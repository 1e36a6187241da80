import { serve } from "@/lib/api/serve";
import { downloadAssetEndpoint, updateAssetEndpoint } from "@/lib/api/endpoints/assets";

export const { GET, POST, PUT, PATCH, DELETE } = serve(downloadAssetEndpoint, updateAssetEndpoint);
