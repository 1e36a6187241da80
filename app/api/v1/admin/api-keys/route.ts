import { serve } from "@/lib/api/serve";
import { adminCreateKey, adminListKeys, adminRevokeKey } from "@/lib/api/endpoints/admin";

export const { GET, POST, PUT, PATCH, DELETE } = serve(adminListKeys, adminCreateKey, adminRevokeKey);
