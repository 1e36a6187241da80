// Errors are values with a code, thrown anywhere in lib/ and mapped once (in the route
// wrapper) to the SPEC envelope { error: { type, code, message, param, requestId, docsUrl } }.

export const errorStatus = {
  invalid_json: 400,
  invalid_request: 400,
  invalid_type: 400,
  too_small: 400,
  too_big: 400,
  invalid_enum_value: 400,
  invalid_api_key: 401,
  insufficient_credits: 402,
  scope_required: 403,
  plan_required: 403,
  session_required: 403,
  not_found: 404,
  method_not_allowed: 405,
  invalid_state: 409,
  idempotency_conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  internal_error: 500,
  upstream_error: 502,
  timeout: 504,
} as const;

export type ErrorCode = keyof typeof errorStatus;

const errorType = (status: number) =>
  status === 401 || status === 403
    ? "authentication_error"
    : status === 402
      ? "billing_error"
      : status === 429
        ? "rate_limit_error"
        : status >= 500
          ? "api_error"
          : "invalid_request_error";

export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly param: string | null;
  readonly headers: Record<string, string>;

  constructor(readonly code: ErrorCode, message: string, options: { param?: string | null; headers?: Record<string, string> } = {}) {
    super(message);
    this.status = errorStatus[code];
    this.type = errorType(this.status);
    this.param = options.param ?? null;
    this.headers = options.headers ?? {};
  }
}

export const notFound = (what: string) => new ApiError("not_found", `${what} not found`);
