// One wrapper gives every /api/v1 route the same behaviour: caller resolution (API key or
// browser session), scopes, plan gates, rate limits, zod-parsed input, idempotent POSTs,
// the error envelope and X-Request-Id. Route files only declare.
import { z } from "zod";
import { ApiError } from "./errors";
import { errorResponse, jsonResponse } from "./respond";
import { requestIdFor } from "./request-id";
import { apiErrorFromZod } from "./zod-error";
import { applyRateLimit, rateLimitHeaders, type RateLimitTier } from "./rate-limit";
import { claimIdempotencyKey, releaseIdempotencyKey, requestFingerprint, settleIdempotencyKey } from "./idempotency";
import { authenticateApiKey, bearerToken } from "@/lib/auth/api-keys/authenticate-api-key";
import { getSessionCaller } from "@/lib/auth/session/get-session-caller";
import { assertAdmin } from "@/lib/auth/admin";
import { assertScopes } from "@/lib/auth/authorize";
import { assertPlanAllows } from "@/lib/billing/assert-plan-allows";
import type { PlanFeature } from "@/lib/billing/plan-features";
import type { Caller, WorkspaceRef } from "@/lib/auth/caller";
import type { Scope } from "@/lib/auth/scopes";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
/** api: API key or browser session; session: browser only; admin: X-Admin-Key; public: nobody. */
export type AuthMode = "api" | "session" | "admin" | "public";

type Authed<A extends AuthMode> = A extends "api" | "session"
  ? { caller: A extends "session" ? Extract<Caller, { kind: "session" }> : Caller; workspace: WorkspaceRef }
  : { caller: null; workspace: null };

export interface EndpointContext<A extends AuthMode, B, Q, P> {
  req: Request;
  requestId: string;
  body: B;
  query: Q;
  params: P;
  caller: Authed<A>["caller"];
  workspace: Authed<A>["workspace"];
}

export interface EndpointSpec<A extends AuthMode, B extends z.ZodType, Q extends z.ZodType, P extends z.ZodType> {
  method: HttpMethod;
  /** OpenAPI-style path under /api/v1, e.g. "/jobs/{id}". */
  path: string;
  summary: string;
  description?: string;
  tags: string[];
  auth: A;
  scopes?: Scope[];
  plan?: PlanFeature;
  rateLimit?: RateLimitTier;
  body?: B;
  /** "raw" leaves the body to the handler (multipart, streams). */
  bodyKind?: "json" | "raw";
  query?: Q;
  params?: P;
  status?: number;
  response?: z.ZodType;
  /** Non-JSON responses, for the OpenAPI document: content type → description. */
  produces?: Record<string, string>;
  errors?: string[];
  handler: (ctx: EndpointContext<A, z.infer<B>, z.infer<Q>, z.infer<P>>) => Promise<unknown>;
}

export type RouteContext = { params: Promise<Record<string, string | string[]>> };
export type RouteHandler = (req: Request, ctx: RouteContext) => Promise<Response>;

export interface Endpoint extends EndpointSpec<AuthMode, z.ZodType, z.ZodType, z.ZodType> {
  handle: RouteHandler;
}

const MAX_JSON_BYTES = 1024 * 1024;
const empty = z.object({});

async function readJsonText(req: Request): Promise<string> {
  const length = Number(req.headers.get("content-length") ?? 0);
  if (length > MAX_JSON_BYTES) throw new ApiError("payload_too_large", "JSON bodies are limited to 1 MB.");
  const text = await req.text();
  if (Buffer.byteLength(text) > MAX_JSON_BYTES) throw new ApiError("payload_too_large", "JSON bodies are limited to 1 MB.");
  return text;
}

function parseWith<T extends z.ZodType>(schema: T | undefined, value: unknown, where: string | undefined): z.infer<T> {
  const result = (schema ?? empty).safeParse(value, { reportInput: true });
  if (!result.success) throw apiErrorFromZod(result.error, where);
  return result.data as z.infer<T>;
}

async function resolveCaller(req: Request, auth: AuthMode): Promise<Caller | null> {
  if (auth === "public") return null;
  if (auth === "admin") {
    assertAdmin(req);
    return null;
  }
  const token = bearerToken(req);
  if (token && (token.startsWith("tsk_") || req.headers.has("x-api-key"))) {
    if (auth === "session") throw new ApiError("session_required", "This route is for the signed-in Studio only; API keys cannot use it.");
    return authenticateApiKey(token);
  }
  const session = await getSessionCaller(req);
  if (session) {
    assertSameOrigin(req);
    return session;
  }
  if (auth === "session") throw new ApiError("session_required", "Sign in to the Studio to use this route.");
  throw new ApiError("invalid_api_key", "Missing API key. Send it as Authorization: Bearer tsk_live_…");
}

/** Cookie-authenticated writes must come from our own pages (CSRF). */
function assertSameOrigin(req: Request) {
  if (req.method === "GET" || req.method === "HEAD") return;
  const site = req.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") throw new ApiError("session_required", "Cross-site requests with a Studio session are refused.");
  const origin = req.headers.get("origin");
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  if (origin && host && new URL(origin).host !== host) throw new ApiError("session_required", "Cross-site requests with a Studio session are refused.");
}

function mapUnknownError(error: unknown): ApiError | null {
  if (error instanceof ApiError) return error;
  if (error instanceof z.ZodError) return apiErrorFromZod(error);
  const code = (error as { code?: string } | null)?.code;
  if (code === "P2025") return new ApiError("not_found", "Not found");
  return null;
}

export function defineEndpoint<A extends AuthMode, B extends z.ZodType = z.ZodObject<{}>, Q extends z.ZodType = z.ZodObject<{}>, P extends z.ZodType = z.ZodObject<{}>>(
  spec: EndpointSpec<A, B, Q, P>,
): Endpoint {
  const handle: RouteHandler = async (req, routeCtx) => {
    const requestId = requestIdFor(req);
    let headers: Record<string, string> = { "X-Request-Id": requestId };
    let claim: string | null = null;
    try {
      const caller = await resolveCaller(req, spec.auth);
      if (caller) {
        const tier = spec.rateLimit ?? "default";
        const decision = await applyRateLimit({ kind: caller.kind, id: caller.kind === "api_key" ? caller.keyId : caller.memberId }, tier);
        if (decision) {
          headers = { ...headers, ...rateLimitHeaders(decision) };
          if (!decision.allowed) throw new ApiError("rate_limited", `Rate limit of ${decision.limit} requests per minute exceeded; retry after the time in Retry-After.`);
        }
        if (caller.kind === "api_key") assertPlanAllows(caller.workspace, "apiAccess");
        assertScopes(caller, spec.scopes ?? []);
        if (spec.plan) assertPlanAllows(caller.workspace, spec.plan);
      }

      const url = new URL(req.url);
      const params = parseWith(spec.params, (await routeCtx?.params) ?? {}, undefined);
      const query = parseWith(spec.query, Object.fromEntries(url.searchParams), undefined);

      let bodyText = "";
      let body: unknown = undefined;
      if (spec.body && spec.bodyKind !== "raw") {
        bodyText = await readJsonText(req);
        let json: unknown = {};
        if (bodyText.trim()) {
          try {
            json = JSON.parse(bodyText);
          } catch {
            throw new ApiError("invalid_json", "The request body is not valid JSON.");
          }
        }
        body = parseWith(spec.body, json, undefined);
      }

      const idemKey = req.headers.get("idempotency-key");
      if (idemKey && spec.method === "POST" && caller) {
        const scope = caller.kind === "api_key" ? `key:${caller.keyId}` : `member:${caller.memberId}`;
        const basis = spec.bodyKind === "raw" ? `${req.headers.get("content-type")}\n${req.headers.get("content-length")}` : bodyText;
        const outcome = await claimIdempotencyKey(scope, idemKey, requestFingerprint(spec.method, url.pathname, basis));
        if (outcome.kind === "replay") {
          return new Response(outcome.response.body || null, {
            status: outcome.response.status,
            headers: { ...headers, "Content-Type": outcome.response.contentType ?? "application/json; charset=utf-8", "Idempotent-Replayed": "true" },
          });
        }
        claim = outcome.id;
      }

      const ctx = { req, requestId, body, query, params, caller, workspace: caller?.workspace ?? null } as EndpointContext<A, z.infer<B>, z.infer<Q>, z.infer<P>>;
      const result = await spec.handler(ctx);
      const response = result instanceof Response ? result : jsonResponse(result ?? null, spec.status ?? 200);
      for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
      if (claim) {
        const stored = result instanceof Response ? "" : await response.clone().text();
        await settleIdempotencyKey(claim, { status: response.status, body: stored, contentType: response.headers.get("content-type") });
      }
      return response;
    } catch (error) {
      const known = mapUnknownError(error);
      const response = known
        ? errorResponse(known, requestId, headers)
        : errorResponse(new ApiError("internal_error", "Something went wrong on our side. Quote the request id if you contact support."), requestId, headers);
      if (!known) console.error(`[${requestId}] ${spec.method} ${spec.path} failed:`, error);
      // A client error is this key's final answer, like a success; a server error frees the key.
      if (claim) {
        await settleIdempotencyKey(claim, { status: response.status, body: await response.clone().text(), contentType: response.headers.get("content-type") }).catch(() =>
          releaseIdempotencyKey(claim!),
        );
      }
      return response;
    }
  };
  return { ...(spec as unknown as EndpointSpec<AuthMode, z.ZodType, z.ZodType, z.ZodType>), handle };
}
