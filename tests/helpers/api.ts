// Calls the real App Router route handlers in-process, matched the way Next matches them
// (static segments before [param] before [...catchAll]), with real Request/Response objects.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

type Handler = (req: Request, ctx: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
interface RouteFile {
  segments: string[];
  file: string;
}

const appDir = path.resolve("app");
let routes: RouteFile[] | null = null;

function scan(dir: string, segments: string[], out: RouteFile[]) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name.startsWith("(")) scan(full, segments, out);
      else scan(full, [...segments, name], out);
    } else if (name === "route.ts") out.push({ segments, file: full });
  }
}

function rank(segment: string) {
  return segment.startsWith("[...") ? 2 : segment.startsWith("[") ? 1 : 0;
}

function match(route: RouteFile, parts: string[]): Record<string, string | string[]> | null {
  const params: Record<string, string | string[]> = {};
  for (let i = 0; i < route.segments.length; i++) {
    const seg = route.segments[i];
    if (seg.startsWith("[...")) {
      if (i >= parts.length) return null;
      params[seg.slice(4, -1)] = parts.slice(i).map(decodeURIComponent);
      return params;
    }
    if (i >= parts.length) return null;
    if (seg.startsWith("[")) params[seg.slice(1, -1)] = decodeURIComponent(parts[i]);
    else if (seg !== parts[i]) return null;
  }
  return route.segments.length === parts.length ? params : null;
}

function findRoute(pathname: string) {
  if (!routes) {
    routes = [];
    scan(appDir, [], routes);
    // Most specific first: compare segment by segment.
    routes.sort((a, b) => {
      for (let i = 0; i < Math.max(a.segments.length, b.segments.length); i++) {
        const d = rank(a.segments[i] ?? "[...z]") - rank(b.segments[i] ?? "[...z]");
        if (d) return d;
      }
      return b.segments.length - a.segments.length;
    });
  }
  const parts = pathname.split("/").filter(Boolean);
  for (const route of routes) {
    const params = match(route, parts);
    if (params) return { route, params };
  }
  return null;
}

export interface CallOptions {
  key?: string;
  headers?: Record<string, string>;
  body?: unknown;
  rawBody?: BodyInit;
  cookie?: string;
}

export const BASE = "http://127.0.0.1:3000";

/** api("GET", "/api/v1/jobs", { key }) → the Response the route handler returns. */
export async function api(method: string, pathAndQuery: string, options: CallOptions = {}): Promise<Response> {
  const url = new URL(pathAndQuery, BASE);
  const found = findRoute(url.pathname);
  if (!found) return new Response("no route", { status: 404 });
  const mod = (await import(pathToFileURL(found.route.file).href)) as Record<string, Handler | undefined>;
  const handler = mod[method];
  if (!handler) return new Response(null, { status: 405 });
  const headers: Record<string, string> = { host: "127.0.0.1:3000", ...options.headers };
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  if (options.cookie) headers.cookie = options.cookie;
  let body: BodyInit | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
    headers["content-type"] ??= "application/json";
  }
  const req = new Request(url, { method, headers, body, duplex: "half" } as RequestInit);
  return handler(req, { params: Promise.resolve(found.params) });
}

export async function json<T = Record<string, unknown>>(res: Response): Promise<T> {
  return (await res.json()) as T;
}
