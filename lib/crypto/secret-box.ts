// Secrets at rest (webhook signing secrets, provider credentials) are sealed with AES-256-GCM.
// Format: v2.<iv>.<tag>.<ciphertext>, base64url; the GCM tag makes any tampering fail loudly.
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { config } from "@/lib/config";
import { derivedKey } from "@/lib/auth/session/signing-key";

const KEY_BYTES = 32;
let cachedKey: { source: string; key: Buffer } | null = null;

/** Reads 32 bytes written as hex (64 chars) or base64/base64url (43–44 chars); null otherwise. */
function decodeKey(text: string): Buffer | null {
  const value = text.trim();
  if (/^[0-9a-f]{64}$/i.test(value)) return Buffer.from(value, "hex");
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(value)) {
    const key = Buffer.from(value, value.includes("-") || value.includes("_") ? "base64url" : "base64");
    if (key.length === KEY_BYTES) return key;
  }
  return null;
}

function readOrCreateKeyFile(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    // Same file and format (base64 of 32 random bytes) as the session signing key, so whichever
    // module starts first creates it; "wx" makes a concurrent creator lose instead of overwrite.
    writeFileSync(file, randomBytes(KEY_BYTES).toString("base64"), { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return readFileSync(file, "utf8");
}

/** The root key: TALKSMITH_SECRET_KEY, or one generated once into the data folder (mode 0600). */
function rootKey(): Buffer {
  const configured = process.env.TALKSMITH_SECRET_KEY?.trim();
  const file = path.join(config.dataDir, "secret-key");
  const source = configured ? `env:${configured}` : `file:${file}`;
  if (cachedKey?.source === source) return cachedKey.key;
  const key = decodeKey(configured || readOrCreateKeyFile(file));
  if (!key) {
    throw new Error(
      configured
        ? "TALKSMITH_SECRET_KEY must be 32 bytes written as hex (64 characters) or base64 (44 characters), e.g. `openssl rand -base64 32`."
        : `${file} does not hold a 32-byte key in hex or base64; restore it or remove it to generate a new one (existing encrypted secrets are then lost).`,
    );
  }
  cachedKey = { source, key };
  return key;
}

// A purpose-bound subkey: the same root key also signs sessions, and a key must serve one purpose.
const boxKey = () => Buffer.from(hkdfSync("sha256", rootKey(), Buffer.alloc(0), "talksmith/secret-box/v2", KEY_BYTES));

export function encryptSecret(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", boxKey(), iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v2", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), data.toString("base64url")].join(".");
}

export function decryptSecret(boxed: string): string {
  const [version, iv, tag, data, ...rest] = boxed.split(".");
  if ((version !== "v1" && version !== "v2") || !iv || !tag || data === undefined || rest.length) throw new Error("Not an encrypted secret");
  // v1 boxes were sealed under the session-derived key before the dedicated key existed; they
  // stay readable so secrets stored by earlier versions keep working.
  const key = version === "v1" ? derivedKey("secret-box") : boxKey();
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}

export const sha256Hex = (value: string | Uint8Array) => createHash("sha256").update(value).digest("hex");

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** `${prefix}${length base62 chars}` from the CSPRNG; bytes ≥ 248 are dropped so no symbol is likelier (248 = 4 × 62). */
export function randomToken(prefix: string, length: number): string {
  if (!Number.isInteger(length) || length < 1) throw new RangeError("length must be a positive integer");
  let out = "";
  while (out.length < length) {
    for (const byte of randomBytes(Math.ceil((length - out.length) * 1.1) + 4)) {
      if (byte >= 248) continue;
      out += BASE62[byte % 62];
      if (out.length === length) break;
    }
  }
  return prefix + out;
}

/** Constant-time string comparison; hashing first hides the length and satisfies timingSafeEqual's equal-length rule. */
export function timingSafeEqualStr(a: string, b: string): boolean {
  const ha = createHash("sha256").update(a).digest();
  const hb = createHash("sha256").update(b).digest();
  return timingSafeEqual(ha, hb) && a.length === b.length;
}
