export type LlmErrorCode = "http_error" | "invalid_output" | "timeout" | "network";

/** Why an LLM call produced nothing usable; the engine falls back on any of these. */
export class LlmError extends Error {
  constructor(
    readonly code: LlmErrorCode,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "LlmError";
  }
}
