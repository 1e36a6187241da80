import { db } from "@/lib/db";
import type { Caller } from "@/lib/auth/caller";
import type { PlanId } from "@/lib/plans/plans";

export const LOCAL_OWNER_ID = "local-owner";
export const DEMO_WORKSPACE_SLUG = "demo";

type SessionCaller = Extract<Caller, { kind: "session" }>;

/**
 * Maps a signed-in identity to a member of a workspace, creating the user, a workspace
 * (the Clerk organization's, or a personal one) and the membership on first sight.
 */
export async function resolveMember(identity: { clerkUserId: string; orgId?: string | null }, preferredWorkspaceId?: string | null): Promise<SessionCaller> {
  const user = await db.user.upsert({ where: { clerkUserId: identity.clerkUserId }, update: {}, create: { clerkUserId: identity.clerkUserId, name: identity.clerkUserId === LOCAL_OWNER_ID ? "Local owner" : null } });
  let memberships = await db.member.findMany({ where: { userId: user.id }, include: { workspace: true }, orderBy: { createdAt: "asc" } });

  if (identity.orgId && !memberships.some((m) => m.workspace.clerkOrgId === identity.orgId)) {
    await db.$transaction(async (tx) => {
      const workspace = await tx.workspace.upsert({
        where: { clerkOrgId: identity.orgId! },
        update: {},
        create: { clerkOrgId: identity.orgId!, name: "Organization", slug: `org-${identity.orgId!.toLowerCase().replace(/[^a-z0-9]/g, "")}` },
      });
      const count = await tx.member.count({ where: { workspaceId: workspace.id } });
      await tx.member.upsert({ where: { workspaceId_userId: { workspaceId: workspace.id, userId: user.id } }, update: {}, create: { workspaceId: workspace.id, userId: user.id, role: count === 0 ? "owner" : "member" } });
    });
    memberships = await db.member.findMany({ where: { userId: user.id }, include: { workspace: true }, orderBy: { createdAt: "asc" } });
  }

  if (memberships.length === 0) {
    const local = identity.clerkUserId === LOCAL_OWNER_ID;
    await db.$transaction(async (tx) => {
      const workspace = local
        ? await tx.workspace.upsert({ where: { slug: DEMO_WORKSPACE_SLUG }, update: {}, create: { slug: DEMO_WORKSPACE_SLUG, name: "Demo Studio", plan: "studio" } })
        : await tx.workspace.create({ data: { name: "My workspace", slug: `ws-${user.id}` } });
      await tx.member.create({ data: { workspaceId: workspace.id, userId: user.id, role: "owner" } });
    });
    memberships = await db.member.findMany({ where: { userId: user.id }, include: { workspace: true }, orderBy: { createdAt: "asc" } });
  }

  const member =
    memberships.find((m) => m.workspaceId === preferredWorkspaceId) ??
    (identity.orgId ? memberships.find((m) => m.workspace.clerkOrgId === identity.orgId) : undefined) ??
    memberships[0];
  const w = member.workspace;
  return {
    kind: "session",
    userId: user.id,
    memberId: member.id,
    role: member.role,
    email: user.email,
    name: user.name,
    workspace: { id: w.id, name: w.name, slug: w.slug, plan: w.plan as PlanId },
  };
}
