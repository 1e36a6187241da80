import { createHash, randomInt } from "node:crypto";

const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
export const apiKeyPattern = /^tsk_live_[0-9A-Za-z]{32}$/;

/** tsk_live_ + 32 base62 characters from a CSPRNG (≈190 bits); randomInt has no modulo bias. */
export function generateApiKey(): string {
  let body = "";
  for (let i = 0; i < 32; i++) body += alphabet[randomInt(alphabet.length)];
  return `tsk_live_${body}`;
}

export const hashApiKey = (key: string) => createHash("sha256").update(key).digest("hex");
export const apiKeyPrefix = (key: string) => key.slice(0, 12);
