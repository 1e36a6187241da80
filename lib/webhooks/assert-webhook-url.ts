import { ApiError } from "@/lib/api/errors";
import { config } from "@/lib/config";
import { assertPublicUrl } from "@/lib/net/assert-public-url";
import { netErrorToApiError } from "@/lib/net/net-error-to-api-error";

/** Input-time check of an endpoint URL: https and a public address, unless private URLs are allowed. */
export async function assertWebhookUrl(url: string): Promise<void> {
  try {
    await assertPublicUrl(url, { allowPrivate: config.allowPrivateUrls, requireHttps: true });
  } catch (error) {
    const mapped = netErrorToApiError(error, "url");
    throw mapped instanceof ApiError ? mapped : error;
  }
}
