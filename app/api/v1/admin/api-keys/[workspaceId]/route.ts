import { serve } from "@/lib/api/serve";
import { adminListWorkspaceKeys } from "@/lib/api/endpoints/admin";

export const { GET, POST, PUT, PATCH, DELETE } = serve(adminListWorkspaceKeys);
