import { describe, expect, it } from "vitest";
import { useTestDb } from "../helpers/test-db";
import { seedDemo } from "@/prisma/seed";

describe("demo seed", () => {
  it("creates the demo workspace on the Studio plan with kits, listings, themes and a brand profile, and is idempotent", async () => {
    const { client: db } = await useTestDb();
    const first = await seedDemo(db);
    const again = await seedDemo(db);
    expect(again).toBe(first);
    const demo = await db.workspace.findUniqueOrThrow({ where: { slug: "demo" }, include: { members: { include: { user: true } } } });
    expect(demo.plan).toBe("studio");
    expect(demo.members.map((m) => [m.user.clerkUserId, m.role])).toEqual([["local-owner", "owner"]]);
    expect(await db.kitTemplate.count({ where: { workspaceId: null } })).toBe(5);
    expect(await db.marketplaceListing.count()).toBeGreaterThanOrEqual(12);
    expect(await db.theme.count({ where: { workspaceId: demo.id, isDefault: true } })).toBe(1);
    expect(await db.brandProfile.count({ where: { workspaceId: demo.id } })).toBe(1);
  });
});
