import type { z } from "zod";
import { ApiError, type ErrorCode } from "./errors";

/** Maps the first zod issue to the SPEC code with param = the field path (e.g. "assets.0.title"). */
export function apiErrorFromZod(error: z.ZodError, prefix?: string): ApiError {
  const issue = error.issues[0];
  const path = [prefix, ...issue.path.map(String)].filter(Boolean).join(".");
  const code: ErrorCode =
    issue.code === "invalid_type"
      ? issue.input === undefined
        ? "invalid_request"
        : "invalid_type"
      : issue.code === "too_small"
        ? "too_small"
        : issue.code === "too_big"
          ? "too_big"
          : issue.code === "invalid_value"
            ? "invalid_enum_value"
            : "invalid_request";
  const message = issue.input === undefined && issue.code === "invalid_type" ? `${path || "value"} is required` : `${path ? `${path}: ` : ""}${issue.message}`;
  return new ApiError(code, message, { param: path || null });
}
