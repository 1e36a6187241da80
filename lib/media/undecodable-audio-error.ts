/** Why a file cannot be used as a recording; the message is written for the person who uploaded it. */
export type UndecodableAudioReason = "unreadable" | "no_audio" | "empty" | "truncated" | "conversion_failed";

export class UndecodableAudioError extends Error {
  readonly code = "undecodable_audio";
  constructor(
    readonly reason: UndecodableAudioReason,
    message: string,
  ) {
    super(message);
    this.name = "UndecodableAudioError";
  }
}
