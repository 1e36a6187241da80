import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Validator } from "@seriousme/openapi-schema-validator";
import { api, json } from "../helpers/api";

function routeFiles(dir: string, segments: string[] = []): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full, [...segments, name]);
    return name === "route.ts" ? ["/" + segments.map((s) => s.replace(/^\[(\w+)\]$/, "{$1}")).join("/")] : [];
  });
}

describe("OpenAPI document", () => {
  it("is served as valid OpenAPI 3.1 with the error envelope and security schemes", async () => {
    const res = await api("GET", "/api/v1/openapi.json");
    expect(res.status).toBe(200);
    const doc = await json<{ openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown> }>>; components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> } }>(res);
    expect(doc.openapi).toBe("3.1.0");
    const result = await new Validator().validate(doc as unknown as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.components.schemas.Error).toBeDefined();
    expect(Object.keys(doc.components.securitySchemes)).toEqual(expect.arrayContaining(["bearer", "apiKeyHeader", "session", "adminKey"]));
    for (const [p, item] of Object.entries(doc.paths)) {
      expect(p.startsWith("/")).toBe(true);
      for (const op of Object.values(item)) expect(Object.keys(op.responses).length).toBeGreaterThan(1);
    }
  });

  it("covers every route file under /api/v1", async () => {
    const doc = await json<{ paths: Record<string, unknown> }>(await api("GET", "/api/v1/openapi.json"));
    const routes = routeFiles(path.resolve("app/api/v1")).filter((r) => !r.includes("[..."));
    expect(routes.length).toBeGreaterThan(5);
    for (const route of routes) expect(Object.keys(doc.paths), `missing ${route}`).toContain(route);
  });
});
