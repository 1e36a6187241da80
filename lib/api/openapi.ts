// The OpenAPI 3.1 document, generated from the same zod schemas the routes validate with.
import "zod-openapi";
import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { errorStatus } from "./errors";
import { allEndpoints } from "./endpoints";
import type { Endpoint } from "./define-endpoint";

export const errorEnvelopeSchema = z
  .object({
    error: z.object({
      type: z.string(),
      code: z.enum(Object.keys(errorStatus) as [keyof typeof errorStatus, ...(keyof typeof errorStatus)[]]),
      message: z.string(),
      param: z.string().nullable(),
      requestId: z.string(),
      docsUrl: z.string(),
    }),
  })
  .meta({ id: "Error" });

const security = (e: Endpoint) =>
  e.auth === "public" ? [] : e.auth === "admin" ? [{ adminKey: [] }] : e.auth === "session" ? [{ session: [] }] : [{ bearer: [] }, { apiKeyHeader: [] }, { session: [] }];

function errorCodesFor(e: Endpoint): number[] {
  const codes = new Set<number>([400, 500]);
  if (e.auth !== "public") codes.add(401);
  if (e.auth === "api" || e.auth === "session") [403, 429].forEach((c) => codes.add(c));
  if (e.path.includes("{")) codes.add(404);
  if (e.method === "POST") codes.add(409);
  for (const code of e.errors ?? []) codes.add(errorStatus[code as keyof typeof errorStatus] ?? 400);
  return [...codes].sort();
}

function operation(e: Endpoint): ZodOpenApiOperationObject {
  const status = String(e.status ?? 200);
  const content = e.produces
    ? Object.fromEntries(Object.entries(e.produces).map(([type, description]) => [type, { schema: { type: "string", format: "binary", description } }]))
    : e.response
      ? { "application/json": { schema: e.response } }
      : undefined;
  const scopes = e.scopes?.length ? `\n\nRequires scope${e.scopes.length > 1 ? "s" : ""}: ${e.scopes.map((s) => `\`${s}\``).join(", ")}.` : "";
  const auth = e.auth === "session" ? "\n\nStudio session only: API keys get 403 `session_required`." : e.auth === "admin" ? "\n\nOperator only: `X-Admin-Key`." : "";
  return {
    operationId: `${e.method.toLowerCase()}${e.path.replace(/\{(\w+)\}/g, "By_$1").replace(/[^a-zA-Z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ""))}`,
    summary: e.summary,
    description: `${e.description ?? ""}${scopes}${auth}`.trim() || undefined,
    tags: e.tags,
    security: security(e),
    "x-scopes": e.scopes ?? [],
    requestParams: {
      ...(e.params ? { path: e.params as z.ZodObject } : {}),
      ...(e.query ? { query: e.query as z.ZodObject } : {}),
    },
    requestBody:
      e.body && e.bodyKind !== "raw"
        ? { required: true, content: { "application/json": { schema: e.body } } }
        : e.bodyKind === "raw" && e.body
          ? { required: true, content: { "multipart/form-data": { schema: e.body } } }
          : undefined,
    responses: {
      [status]: { description: e.summary, content },
      ...Object.fromEntries(errorCodesFor(e).map((code) => [String(code), { $ref: "#/components/responses/Error" }])),
    },
  } as ZodOpenApiOperationObject;
}

let cached: ReturnType<typeof createDocument> | null = null;

export function openApiDocument() {
  if (cached) return cached;
  const paths: ZodOpenApiPathsObject = {};
  for (const e of allEndpoints()) {
    const item = (paths[e.path] ??= {}) as Record<string, ZodOpenApiOperationObject>;
    item[e.method.toLowerCase()] = operation(e);
  }
  cached = createDocument({
    openapi: "3.1.0",
    info: {
      title: "Talksmith API",
      version: "1.0.0",
      description:
        "Automate the Studio's flow: create sessions (jobs), upload audio, transcribe, generate Kits, and export. Send your key as `Authorization: Bearer tsk_live_…`. Every POST accepts an `Idempotency-Key`.",
    },
    servers: [{ url: "/api/v1" }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "tsk_live_ API key" },
        apiKeyHeader: { type: "apiKey", in: "header", name: "X-API-Key" },
        session: { type: "apiKey", in: "cookie", name: "ts_session", description: "Studio session (Clerk or local mode)" },
        adminKey: { type: "apiKey", in: "header", name: "X-Admin-Key" },
      },
      responses: { Error: { description: "Error envelope", content: { "application/json": { schema: errorEnvelopeSchema } } } },
    },
    paths,
  });
  return cached;
}
