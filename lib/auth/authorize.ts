import { ApiError } from "@/lib/api/errors";
import type { Caller } from "./caller";
import type { Scope } from "./scopes";

export function assertScopes(caller: Caller, required: Scope[]) {
  if (caller.kind !== "api_key") return;
  const missing = required.filter((s) => !caller.scopes.includes(s));
  if (missing.length) throw new ApiError("scope_required", `This API key lacks the ${missing.join(", ")} scope${missing.length > 1 ? "s" : ""}.`);
}
