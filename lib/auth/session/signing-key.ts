import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes, createHash } from "node:crypto";
import path from "node:path";
import { config } from "@/lib/config";

let cached: Buffer | null = null;

/**
 * The server's root secret: TALKSMITH_SECRET_KEY when set (required with several servers),
 * otherwise generated once into the data folder (mode 0600) so local sessions survive restarts.
 */
export function serverSecret(): Buffer {
  if (cached) return cached;
  const configured = process.env.TALKSMITH_SECRET_KEY;
  if (configured) {
    cached = createHash("sha256").update(configured).digest();
    return cached;
  }
  const file = path.join(config.dataDir, "secret-key");
  if (!existsSync(file)) {
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600, flag: "wx" });
  }
  cached = createHash("sha256").update(readFileSync(file, "utf8").trim()).digest();
  return cached;
}

/** A purpose-bound subkey, so a session signature can never be replayed as anything else. */
export function derivedKey(purpose: string): Buffer {
  return createHash("sha256").update(serverSecret()).update(purpose).digest();
}
