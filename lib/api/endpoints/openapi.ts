import { defineEndpoint } from "@/lib/api/define-endpoint";
import { jsonResponse } from "@/lib/api/respond";
import { openApiDocument } from "@/lib/api/openapi";

export const openapi = defineEndpoint({
  method: "GET",
  path: "/openapi.json",
  summary: "This API's OpenAPI 3.1 document",
  tags: ["Platform"],
  auth: "public",
  produces: { "application/json": "OpenAPI 3.1 document" },
  handler: async () => jsonResponse(openApiDocument(), 200, { "Cache-Control": "public, max-age=300" }),
});
