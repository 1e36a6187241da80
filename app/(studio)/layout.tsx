import { requirePageCaller } from "@/lib/auth/session/page-caller";
import { StudioShell } from "@/components/shell/studio-shell";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export default async function StudioLayout({ children }: { children: React.ReactNode }) {
  const caller = await requirePageCaller();
  const memberships = await db.member.findMany({ where: { userId: caller.userId }, include: { workspace: true }, orderBy: { createdAt: "asc" } });
  return (
    <StudioShell
      workspace={caller.workspace}
      workspaces={memberships.map((m) => ({ id: m.workspace.id, name: m.workspace.name }))}
      user={{ name: caller.name ?? caller.email ?? "You", role: caller.role }}
    >
      {children}
    </StudioShell>
  );
}
