import { ApiError } from "./errors";

export const docsUrl = (code: string) => `/docs/api#errors-${code}`;

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 ? null : JSON.stringify(body, jsonReplacer), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", ...headers },
  });
}

/** BigInt (byte counts) serialises as a number; Dates as ISO 8601 UTC by default. */
function jsonReplacer(_key: string, value: unknown) {
  return typeof value === "bigint" ? Number(value) : value;
}

export function errorBody(error: ApiError, requestId: string) {
  return {
    error: {
      type: error.type,
      code: error.code,
      message: error.message,
      param: error.param,
      requestId,
      docsUrl: docsUrl(error.code),
    },
  };
}

export function errorResponse(error: ApiError, requestId: string, headers: Record<string, string> = {}): Response {
  return jsonResponse(errorBody(error, requestId), error.status, { ...headers, ...error.headers, "X-Request-Id": requestId });
}
