// fetch() for user-supplied URLs: every hop is checked, the connection is pinned to the
// address that was checked (so DNS rebinding cannot swap it), and time and size are capped.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { Agent, fetch as undiciFetch, type Response as UndiciResponse } from "undici";
import { isBlockedAddress } from "./address-policy";
import { assertPublicUrl, UnsafeUrlError } from "./assert-public-url";

export interface SafeFetchOptions {
  allowPrivate: boolean;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  followRedirects?: boolean;
  requireHttps?: boolean;
}

export class FetchLimitError extends Error {}

const agents = new Map<boolean, Agent>();
function agentFor(allowPrivate: boolean) {
  let agent = agents.get(allowPrivate);
  if (!agent) {
    agent = new Agent({
      connect: {
        lookup(hostname, options, callback) {
          dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
            if (error) return callback(error, "", 0);
            const list = addresses as unknown as LookupAddress[];
            const allowed = allowPrivate ? list : list.filter((a) => !isBlockedAddress(a.address));
            if (!allowed.length) return callback(new UnsafeUrlError(`${hostname} resolves only to private or reserved addresses.`), "", 0);
            const pick = allowed[0];
            if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, [pick]);
            callback(null, pick.address, pick.family);
          });
        },
      },
    });
    agents.set(allowPrivate, agent);
  }
  return agent;
}

function limitBody(res: UndiciResponse, maxBytes: number): ReadableStream<Uint8Array> | null {
  if (!res.body) return null;
  let seen = 0;
  return (res.body as unknown as ReadableStream<Uint8Array>).pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > maxBytes) controller.error(new FetchLimitError(`The response is larger than ${maxBytes} bytes.`));
        else controller.enqueue(chunk);
      },
    }),
  );
}

export async function safeFetch(raw: string, options: SafeFetchOptions): Promise<Response> {
  const { allowPrivate, timeoutMs = 30_000, maxBytes = 100 * 1024 * 1024, maxRedirects = 5, followRedirects = true } = options;
  const signal = AbortSignal.timeout(timeoutMs);
  let url = raw;
  for (let hop = 0; ; hop++) {
    await assertPublicUrl(url, { allowPrivate, requireHttps: options.requireHttps });
    const res = await undiciFetch(url, {
      method: options.method ?? "GET",
      headers: options.headers,
      body: options.body,
      redirect: "manual",
      signal,
      dispatcher: agentFor(allowPrivate),
    });
    const location = res.headers.get("location");
    if (followRedirects && res.status >= 300 && res.status < 400 && location) {
      await res.body?.cancel();
      if (hop >= maxRedirects) throw new FetchLimitError(`More than ${maxRedirects} redirects.`);
      url = new URL(location, url).toString();
      continue;
    }
    const declared = Number(res.headers.get("content-length") ?? 0);
    if (declared > maxBytes) {
      await res.body?.cancel();
      throw new FetchLimitError(`The response is larger than ${maxBytes} bytes.`);
    }
    const empty = res.status === 204 || res.status === 205 || res.status === 304;
    return new Response(empty ? null : limitBody(res, maxBytes), { status: res.status, statusText: res.statusText, headers: res.headers as unknown as Headers });
  }
}
