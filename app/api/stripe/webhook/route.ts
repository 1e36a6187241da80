import { ApiError } from "@/lib/api/errors";
import { errorResponse, jsonResponse } from "@/lib/api/respond";
import { requestIdFor } from "@/lib/api/request-id";
import { config } from "@/lib/config";
import { handleStripeEvent } from "@/lib/billing/handle-stripe-event";

/** Stripe calls this after Checkout: the signed event switches the plan or records the purchase. */
export async function POST(req: Request) {
  const requestId = requestIdFor(req);
  const secret = config.stripe?.webhookSecret;
  if (!secret) return errorResponse(new ApiError("not_found", "Stripe is not configured."), requestId);
  try {
    return jsonResponse(await handleStripeEvent(await req.text(), req.headers.get("stripe-signature"), secret), 200, { "X-Request-Id": requestId });
  } catch (error) {
    if (error instanceof ApiError) return errorResponse(error, requestId);
    throw error;
  }
}
