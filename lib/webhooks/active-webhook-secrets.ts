import { decryptSecret } from "@/lib/crypto/secret-box";

/** The secrets that sign now: the current one and, during a rotation's grace period, the previous one. */
export function activeWebhookSecrets(row: { secretEncrypted: string; previousSecretEncrypted: string | null; previousSecretExpiresAt: Date | null }, now = new Date()): string[] {
  const secrets = [decryptSecret(row.secretEncrypted)];
  // The previous secret signs last: the seed's verifier keeps only the last v1 of the header, so
  // receivers that have not switched yet keep verifying for the whole grace period, as promised.
  if (row.previousSecretEncrypted && row.previousSecretExpiresAt && row.previousSecretExpiresAt > now) secrets.push(decryptSecret(row.previousSecretEncrypted));
  return secrets;
}
