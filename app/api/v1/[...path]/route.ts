import { ApiError } from "@/lib/api/errors";
import { errorResponse } from "@/lib/api/respond";
import { requestIdFor } from "@/lib/api/request-id";

// Unknown /api/v1 paths answer the JSON envelope, never Next's HTML 404 page.
const notFound = async (req: Request) => errorResponse(new ApiError("not_found", `No route ${new URL(req.url).pathname}`), requestIdFor(req));

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
