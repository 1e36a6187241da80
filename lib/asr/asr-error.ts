/** A speech-to-text engine failed or refused the input; code says which, for logs and job errors. */
export class AsrError extends Error {
  constructor(
    readonly code: "engine_missing" | "engine_failed" | "unsupported_language" | "unsupported_audio" | "api_error",
    message: string,
  ) {
    super(message);
    this.name = "AsrError";
  }
}
