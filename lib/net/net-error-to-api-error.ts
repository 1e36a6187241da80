import { ApiError } from "@/lib/api/errors";
import { NetError } from "./errors";

/** Maps a lib/net error to the SPEC envelope; `param` names the input field that held the URL. */
export function netErrorToApiError(error: unknown, param: string): unknown {
  if (!(error instanceof NetError)) return error;
  return new ApiError(error.code, error.message, error.code === "invalid_request" ? { param } : {});
}
