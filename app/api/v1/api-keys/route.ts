import { serve } from "@/lib/api/serve";
import { createKey, listKeys } from "@/lib/api/endpoints/api-keys";

export const { GET, POST, PUT, PATCH, DELETE } = serve(listKeys, createKey);
