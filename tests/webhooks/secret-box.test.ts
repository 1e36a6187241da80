import { createCipheriv, randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret, randomToken, sha256Hex, timingSafeEqualStr } from "@/lib/crypto/secret-box";
import { derivedKey } from "@/lib/auth/session/signing-key";

const saved = { key: process.env.TALKSMITH_SECRET_KEY, dir: process.env.TALKSMITH_DATA_DIR };
afterEach(() => {
  if (saved.key === undefined) delete process.env.TALKSMITH_SECRET_KEY;
  else process.env.TALKSMITH_SECRET_KEY = saved.key;
  process.env.TALKSMITH_DATA_DIR = saved.dir;
});

describe("secret box", () => {
  it("round-trips with a fresh IV each time and refuses a tampered box", () => {
    const a = encryptSecret("whsec_abc");
    const b = encryptSecret("whsec_abc");
    expect(a).not.toBe(b);
    expect(a).toMatch(/^v2\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(decryptSecret(a)).toBe("whsec_abc");
    const parts = a.split(".");
    const flipped = Buffer.from(parts[3], "base64url");
    flipped[0] ^= 1;
    expect(() => decryptSecret([parts[0], parts[1], parts[2], flipped.toString("base64url")].join("."))).toThrow();
    expect(() => decryptSecret("plaintext")).toThrow("Not an encrypted secret");
  });

  it("without TALKSMITH_SECRET_KEY generates a key once into the data folder, mode 0600", () => {
    delete process.env.TALKSMITH_SECRET_KEY;
    process.env.TALKSMITH_DATA_DIR = mkdtempSync(path.join(os.tmpdir(), "talksmith-key-"));
    const boxed = encryptSecret("s3cret");
    const file = path.join(process.env.TALKSMITH_DATA_DIR, "secret-key");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(Buffer.from(readFileSync(file, "utf8"), "base64")).toHaveLength(32);
    expect(decryptSecret(boxed)).toBe("s3cret");
    process.env.TALKSMITH_DATA_DIR = mkdtempSync(path.join(os.tmpdir(), "talksmith-key-"));
    expect(() => decryptSecret(boxed)).toThrow();
  });

  it("takes TALKSMITH_SECRET_KEY as 32 bytes in hex or base64, and refuses anything else", () => {
    const key = randomBytes(32);
    process.env.TALKSMITH_SECRET_KEY = key.toString("hex");
    const boxed = encryptSecret("x");
    process.env.TALKSMITH_SECRET_KEY = key.toString("base64");
    expect(decryptSecret(boxed)).toBe("x");
    process.env.TALKSMITH_SECRET_KEY = key.toString("base64url").replace(/=+$/, "");
    expect(decryptSecret(boxed)).toBe("x");
    process.env.TALKSMITH_SECRET_KEY = "changeme";
    expect(() => encryptSecret("x")).toThrow(/32 bytes/);
  });

  it("still opens v1 boxes sealed by earlier versions", () => {
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", derivedKey("secret-box"), iv);
    const data = Buffer.concat([cipher.update("legacy", "utf8"), cipher.final()]);
    const v1 = ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), data.toString("base64url")].join(".");
    expect(decryptSecret(v1)).toBe("legacy");
  });
});

describe("tokens and comparisons", () => {
  it("randomToken: prefix + base62 of the asked length, unbiased enough to see every symbol evenly", () => {
    expect(randomToken("whsec_", 32)).toMatch(/^whsec_[0-9A-Za-z]{32}$/);
    expect(new Set(Array.from({ length: 200 }, () => randomToken("", 16))).size).toBe(200);
    const counts = new Map<string, number>();
    for (const ch of randomToken("", 62_000)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(62);
    // Expected 1000 each; modulo bias (256 % 62) would push the first 8 symbols to ~1190.
    for (const n of counts.values()) expect(Math.abs(n - 1000)).toBeLessThan(150);
    expect(() => randomToken("x", 0)).toThrow();
  });

  it("sha256Hex and timingSafeEqualStr", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(timingSafeEqualStr("whsec_a", "whsec_a")).toBe(true);
    expect(timingSafeEqualStr("whsec_a", "whsec_b")).toBe(false);
    expect(timingSafeEqualStr("short", "longer value")).toBe(false);
  });
});
