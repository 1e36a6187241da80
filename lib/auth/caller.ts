import type { PlanId } from "@/lib/plans/plans";
import type { Scope } from "./scopes";

export interface WorkspaceRef {
  id: string;
  name: string;
  slug: string;
  plan: PlanId;
}

export type Caller =
  | { kind: "api_key"; keyId: string; workspace: WorkspaceRef; scopes: Scope[] }
  | { kind: "session"; userId: string; memberId: string; role: "owner" | "admin" | "member"; workspace: WorkspaceRef; email: string | null; name: string | null };
