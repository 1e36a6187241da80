import { ApiError } from "./errors";
import { errorResponse } from "./respond";
import { requestIdFor } from "./request-id";
import type { Endpoint, HttpMethod, RouteHandler } from "./define-endpoint";

const methods: HttpMethod[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/** Exports every method for a route file; those it does not define answer JSON 405. */
export function serve(...endpoints: Endpoint[]): Record<HttpMethod, RouteHandler> {
  const allowed = endpoints.map((e) => e.method);
  const notAllowed: RouteHandler = async (req) =>
    errorResponse(new ApiError("method_not_allowed", `${req.method} is not allowed here; use ${allowed.join(", ")}.`), requestIdFor(req), { Allow: allowed.join(", ") });
  return Object.fromEntries(methods.map((m) => [m, endpoints.find((e) => e.method === m)?.handle ?? notAllowed])) as Record<HttpMethod, RouteHandler>;
}
