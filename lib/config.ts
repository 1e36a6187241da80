// Every setting is an environment variable with an embedded default (listed in .env.example).
import path from "node:path";

const env = (name: string) => {
  const value = process.env[name];
  return value === undefined || value === "" ? undefined : value;
};

export const config = {
  get dataDir() {
    return path.resolve(/*turbopackIgnore: true*/ env("TALKSMITH_DATA_DIR") ?? ".data");
  },
  get databaseUrl() {
    return env("DATABASE_URL");
  },
  get publicUrl() {
    return (env("TALKSMITH_PUBLIC_URL") ?? `http://127.0.0.1:${env("PORT") ?? "3000"}`).replace(/\/$/, "");
  },
  get clerk() {
    const secretKey = env("CLERK_SECRET_KEY");
    const publishableKey = env("NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY");
    return secretKey && publishableKey ? { secretKey, publishableKey, jwtKey: env("CLERK_JWT_KEY") } : null;
  },
  get localMode() {
    return this.clerk === null;
  },
  get allowPrivateUrls() {
    return env("TALKSMITH_ALLOW_PRIVATE_URLS") === "1" || this.localMode;
  },
  get adminApiKey() {
    return env("ADMIN_API_KEY");
  },
  get inngest() {
    const eventKey = env("INNGEST_EVENT_KEY");
    return eventKey ? { eventKey, signingKey: env("INNGEST_SIGNING_KEY"), baseUrl: env("INNGEST_BASE_URL") } : null;
  },
  get s3() {
    const bucket = env("S3_BUCKET");
    return bucket
      ? {
          bucket,
          region: env("S3_REGION") ?? "us-east-1",
          endpoint: env("S3_ENDPOINT"),
          accessKeyId: env("S3_ACCESS_KEY_ID"),
          secretAccessKey: env("S3_SECRET_ACCESS_KEY"),
          forcePathStyle: env("S3_FORCE_PATH_STYLE") === "1",
        }
      : null;
  },
  get asr() {
    const baseUrl = env("ASR_BASE_URL");
    return baseUrl ? { baseUrl, apiKey: env("ASR_API_KEY"), model: env("ASR_MODEL") ?? "whisper-1" } : null;
  },
  get llm() {
    const baseUrl = env("LLM_BASE_URL");
    return baseUrl ? { baseUrl, apiKey: env("LLM_API_KEY"), model: env("LLM_MODEL") ?? "gpt-4o-mini" } : null;
  },
  get stripe() {
    const secretKey = env("STRIPE_SECRET_KEY");
    return secretKey ? { secretKey, baseUrl: env("STRIPE_BASE_URL") ?? "https://api.stripe.com", webhookSecret: env("STRIPE_WEBHOOK_SECRET") } : null;
  },
  /** Threads that draw PDF, Word and PNG files; 0 draws them on the server thread. */
  get renderThreads() {
    const value = Number(env("TALKSMITH_RENDER_THREADS") ?? 1);
    return Number.isInteger(value) && value >= 0 ? value : 1;
  },
  get asrWorkers() {
    return Number(env("TALKSMITH_ASR_WORKERS") ?? 0) || undefined;
  },
};
