import { serve } from "@/lib/api/serve";
import { billingStatusEndpoint } from "@/lib/api/endpoints/catalog";

export const { GET, POST, PUT, PATCH, DELETE } = serve(billingStatusEndpoint);
