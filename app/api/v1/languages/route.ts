import { serve } from "@/lib/api/serve";
import { languages } from "@/lib/api/endpoints/platform";

export const { GET, POST, PUT, PATCH, DELETE } = serve(languages);
