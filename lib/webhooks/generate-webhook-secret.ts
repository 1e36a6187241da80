import { randomToken } from "@/lib/crypto/secret-box";

export const generateWebhookSecret = () => randomToken("whsec_", 32);
