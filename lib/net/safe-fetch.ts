// fetch() for user-supplied URLs. Every hop is checked, the connection is pinned to the checked
// address (createCheckedLookup), redirects are followed by hand so each target is re-checked,
// and time (whole exchange, body included) and size (counted while streaming) are capped.
// Failures are typed NetErrors (see errors.ts); callers map them with netErrorToApiError.
import { Agent, fetch as undiciFetch, type RequestInit as UndiciRequestInit, type Response as UndiciResponse } from "undici";
import { assertPublicUrl } from "./assert-public-url";
import { createCheckedLookup } from "./checked-lookup";
import { FetchFailedError, FetchTimeoutError, NetError, ResponseTooLargeError, TooManyRedirectsError } from "./errors";

export interface SafeFetchOptions {
  /** Loopback and private networks allowed (local mode, tests). Link-local/metadata never. Default false. */
  allowPrivate?: boolean;
  /** Refuse plain http (relaxed when allowPrivate). */
  requireHttps?: boolean;
  /** Response body cap; reading past it errors with ResponseTooLargeError. Default 100 MB. */
  maxBytes?: number;
  /** Whole exchange, body included. Default 30 s. */
  timeoutMs?: number;
  maxRedirects?: number;
  /** false: a 3xx is returned as it is (webhooks treat it as a failed delivery). */
  followRedirects?: boolean;
}

export type SafeFetchInit = Omit<UndiciRequestInit, "redirect" | "dispatcher" | "window"> & SafeFetchOptions;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const CREDENTIAL_HEADERS = ["authorization", "cookie", "proxy-authorization"];

const agents = new Map<boolean, Agent>();
function agentFor(allowPrivate: boolean) {
  let agent = agents.get(allowPrivate);
  if (!agent) {
    agent = new Agent({ connect: { lookup: createCheckedLookup(allowPrivate) }, keepAliveTimeout: 4_000 });
    agents.set(allowPrivate, agent);
  }
  return agent;
}

function findNetError(error: unknown): NetError | null {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) if (e instanceof NetError) return e;
  return null;
}

function describeFailure(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code) return `${cause.code}: ${cause.message ?? "connection failed"}`;
  return cause?.message ?? (error as Error).message ?? "The request failed.";
}

/** The body, counted while it streams; timeouts and oversize surface as NetErrors to the reader. */
function guardedBody(res: UndiciResponse, maxBytes: number, timedOut: () => boolean, timeoutMs: number): ReadableStream<Uint8Array> | null {
  if (!res.body) return null;
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  let seen = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) return controller.close();
        seen += value.byteLength;
        if (seen > maxBytes) {
          await reader.cancel().catch(() => {});
          return controller.error(new ResponseTooLargeError(maxBytes));
        }
        controller.enqueue(value);
      } catch (error) {
        controller.error(timedOut() ? new FetchTimeoutError(timeoutMs) : new FetchFailedError(describeFailure(error), { cause: error }));
      }
    },
    cancel: (reason) => reader.cancel(reason),
  });
}

function nextRequest(status: number, method: string, body: SafeFetchInit["body"], headers: Headers, crossOrigin: boolean) {
  const next = new Headers(headers);
  if (crossOrigin) for (const name of CREDENTIAL_HEADERS) next.delete(name);
  // Fetch semantics: 303 (and 301/302 after a POST) continue as GET without the body.
  const toGet = (status === 303 && method !== "HEAD") || ((status === 301 || status === 302) && method === "POST");
  if (toGet) {
    next.delete("content-type");
    next.delete("content-length");
  }
  return { method: toGet ? "GET" : method, body: toGet ? undefined : body, headers: next };
}

export async function safeFetch(raw: string, init: SafeFetchInit = {}): Promise<Response> {
  const { allowPrivate = false, requireHttps, timeoutMs = 30_000, maxBytes = 100 * 1024 * 1024, maxRedirects = 5, followRedirects = true, ...request } = init;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = request.signal ? AbortSignal.any([timeout, request.signal]) : timeout;
  let url = raw;
  let method = (request.method ?? "GET").toUpperCase();
  let body = request.body;
  let headers = new Headers(request.headers as HeadersInit | undefined);

  for (let hop = 0; ; hop++) {
    await assertPublicUrl(url, { allowPrivate, requireHttps });
    let res: UndiciResponse;
    try {
      res = await undiciFetch(url, { ...request, method, body, headers, redirect: "manual", signal, dispatcher: agentFor(allowPrivate) });
    } catch (error) {
      const netError = findNetError(error);
      if (netError) throw netError;
      if (timeout.aborted) throw new FetchTimeoutError(timeoutMs);
      if (request.signal?.aborted) throw error;
      throw new FetchFailedError(describeFailure(error), { cause: error });
    }

    const location = res.headers.get("location");
    if (followRedirects && REDIRECTS.has(res.status) && location) {
      await res.body?.cancel().catch(() => {});
      if (hop >= maxRedirects) throw new TooManyRedirectsError(maxRedirects);
      const target = new URL(location, url);
      const next = nextRequest(res.status, method, body, headers, target.origin !== new URL(url).origin);
      ({ method, body, headers } = next);
      url = target.toString();
      continue;
    }

    if (Number(res.headers.get("content-length") ?? 0) > maxBytes) {
      await res.body?.cancel().catch(() => {});
      throw new ResponseTooLargeError(maxBytes);
    }
    const empty = res.status === 204 || res.status === 205 || res.status === 304 || method === "HEAD";
    if (empty) await res.body?.cancel().catch(() => {});
    const response = new Response(empty ? null : guardedBody(res, maxBytes, () => timeout.aborted, timeoutMs), {
      status: res.status,
      statusText: res.statusText,
      headers: Array.from(res.headers.entries()),
    });
    // The caller sees where the redirects ended (e.g. for a file name), as with fetch().
    Object.defineProperty(response, "url", { value: url });
    return response;
  }
}
