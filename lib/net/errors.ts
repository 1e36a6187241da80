// lib/net throws these typed errors instead of ApiError: only the caller knows which input
// field a refused URL came from (`url`, `sourceUrl`, …), so it maps them with
// netErrorToApiError(error, param). Each carries the ApiError code it maps to.

export abstract class NetError extends Error {
  abstract readonly code: "invalid_request" | "upstream_error" | "timeout";
}

export type UnsafeUrlReason = "invalid" | "scheme" | "credentials" | "https_required" | "private_address" | "forbidden_address" | "unresolvable";

/** The URL may not be fetched: bad scheme, credentials, or it resolves to an address we must not call. */
export class UnsafeUrlError extends NetError {
  readonly code = "invalid_request";
  constructor(
    message: string,
    readonly reason: UnsafeUrlReason,
  ) {
    super(message);
    this.name = "UnsafeUrlError";
  }
}

export class FetchTimeoutError extends NetError {
  readonly code = "timeout";
  constructor(readonly timeoutMs: number) {
    super(`No complete answer within ${timeoutMs / 1000} s.`);
    this.name = "FetchTimeoutError";
  }
}

/** Connection refused or reset, TLS failure, DNS failure at connect time, and similar. */
export class FetchFailedError extends NetError {
  readonly code = "upstream_error";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "FetchFailedError";
  }
}

export class ResponseTooLargeError extends NetError {
  readonly code = "upstream_error";
  constructor(readonly maxBytes: number) {
    super(`The response is larger than ${maxBytes} bytes.`);
    this.name = "ResponseTooLargeError";
  }
}

export class TooManyRedirectsError extends NetError {
  readonly code = "upstream_error";
  constructor(readonly maxRedirects: number) {
    super(`More than ${maxRedirects} redirects.`);
    this.name = "TooManyRedirectsError";
  }
}
