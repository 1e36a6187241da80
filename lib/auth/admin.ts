import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes, timingSafeEqual, createHash } from "node:crypto";
import path from "node:path";
import { config } from "@/lib/config";
import { ApiError } from "@/lib/api/errors";

export const adminKeyFile = () => path.join(config.dataDir, "admin-key");

/** ADMIN_API_KEY, or in local mode a random key generated into .data/admin-key (0600). */
export function adminApiKey(): string | null {
  if (config.adminApiKey) return config.adminApiKey;
  if (!config.localMode) return null;
  const file = adminKeyFile();
  if (!existsSync(file)) {
    mkdirSync(config.dataDir, { recursive: true });
    try {
      writeFileSync(file, `tsk_admin_${randomBytes(24).toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return readFileSync(file, "utf8").trim();
}

const digest = (s: string) => createHash("sha256").update(s).digest();

export function assertAdmin(req: Request) {
  const expected = adminApiKey();
  if (!expected) throw new ApiError("invalid_api_key", "Operator access is disabled: ADMIN_API_KEY is not set.");
  const given = req.headers.get("x-admin-key");
  // Comparing digests keeps the comparison constant-time whatever the lengths.
  if (!given || !timingSafeEqual(digest(given), digest(expected))) throw new ApiError("invalid_api_key", "Missing or wrong X-Admin-Key.");
}
