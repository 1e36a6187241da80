import { db } from "@/lib/db";
import { ApiError, notFound } from "@/lib/api/errors";
import { builtinKits } from "./builtins";

/** A template the workspace owns (own or installed); a built-in's key explains that built-ins are read-only. */
export async function findWorkspaceKitOrThrow(workspaceId: string, key: string, action: "edited" | "deleted") {
  const row = await db.kitTemplate.findFirst({ where: { workspaceId, key } });
  if (row) return row;
  if (builtinKits.some((k) => k.key === key)) throw new ApiError("invalid_state", `Built-in kits cannot be ${action}; duplicate it first.`);
  throw notFound("Kit");
}
