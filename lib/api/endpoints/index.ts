// Every /api/v1 endpoint, for the OpenAPI document (route files import them one by one).
import type { Endpoint } from "@/lib/api/define-endpoint";
import * as platform from "./platform";
import * as health from "./health";
import * as apiKeys from "./api-keys";
import * as admin from "./admin";
import * as jobsRead from "./jobs-read";
import * as jobsWrite from "./jobs-write";
import * as openapi from "./openapi";
import * as catalog from "./catalog";
import * as assets from "./assets";
import * as webhooks from "./webhooks";
import * as workspaceCatalog from "./workspace-catalog";

const modules: Record<string, unknown>[] = [health, openapi, platform, apiKeys, admin, jobsRead, jobsWrite, catalog, assets, webhooks, workspaceCatalog];

export function allEndpoints(): Endpoint[] {
  return modules.flatMap((m) => Object.values(m).filter((v): v is Endpoint => typeof v === "object" && v !== null && "handle" in v && "path" in v));
}
