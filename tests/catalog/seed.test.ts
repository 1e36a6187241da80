import { describe, expect, it } from "vitest";
import { useTestDb } from "../helpers/test-db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { builtinKits } from "@/lib/kits/builtins";
import { DEMO_OWNER_CLERK_ID, DEMO_WORKSPACE_SLUG, TEMPLATES_WORKSPACE_SLUG, seedDemo } from "@/prisma/seed";
import { SAMPLE_SESSION_TITLE } from "@/prisma/demo/create-sample-session";
import { startTestRunner } from "../helpers/runner";

/** Every seeded row, timestamps included: a second run must not even touch one. */
const snapshot = async (db: PrismaClient) => ({
  workspaces: await db.workspace.findMany({ orderBy: { id: "asc" } }),
  users: await db.user.findMany({ orderBy: { id: "asc" } }),
  members: await db.member.findMany({ orderBy: { id: "asc" } }),
  kitTemplates: await db.kitTemplate.findMany({ orderBy: { id: "asc" } }),
  themes: await db.theme.findMany({ orderBy: { id: "asc" } }),
  brandProfiles: await db.brandProfile.findMany({ orderBy: { id: "asc" } }),
  voiceProfiles: await db.voiceProfile.findMany({ orderBy: { id: "asc" } }),
  listings: await db.marketplaceListing.findMany({ orderBy: { id: "asc" } }),
});

describe("demo seed", () => {
  it("is idempotent: a second run changes no row", async () => {
    const { client: db } = await useTestDb();
    const summary = await seedDemo(db);
    const first = await snapshot(db);
    expect(await seedDemo(db)).toBe(summary);
    expect(await snapshot(db)).toEqual(first);

    const demo = first.workspaces.find((w) => w.slug === DEMO_WORKSPACE_SLUG)!;
    expect(demo).toMatchObject({ name: "Demo Studio", plan: "studio" });
    const owner = first.users.find((u) => u.clerkUserId === DEMO_OWNER_CLERK_ID)!;
    expect(first.members.map((m) => [m.workspaceId, m.userId, m.role])).toEqual([[demo.id, owner.id, "owner"]]);
    expect(first.kitTemplates.filter((k) => k.workspaceId === null).map((k) => k.key).sort()).toEqual(builtinKits.map((k) => k.key).sort());
    expect(first.themes.filter((t) => t.workspaceId === demo.id).map((t) => [t.preset, t.isDefault])).toEqual(expect.arrayContaining([["minimal", true], ["midnight", false]]));
    expect(first.brandProfiles.filter((b) => b.workspaceId === demo.id && b.isDefault)).toHaveLength(1);
    expect(first.voiceProfiles.filter((v) => v.workspaceId === demo.id)).toHaveLength(1);

    const author = first.workspaces.find((w) => w.slug === TEMPLATES_WORKSPACE_SLUG)!;
    expect(author.name).toBe("Talksmith Templates");
    expect(first.listings.length).toBeGreaterThanOrEqual(12);
    expect(first.listings.every((l) => l.workspaceId === author.id)).toBe(true);
    expect(new Set(first.listings.map((l) => l.category))).toEqual(new Set(["Sales", "Courses", "Onboarding", "Marketing", "Hiring"]));
    expect(first.listings.some((l) => l.featured) && first.listings.some((l) => !l.featured)).toBe(true);
    expect(first.listings.some((l) => l.priceCents > 0) && first.listings.some((l) => l.priceCents === 0)).toBe(true);
  });

  it("repairs a changed built-in and fills what was deleted, keeping everything else", async () => {
    const { client: db } = await useTestDb();
    await seedDemo(db);
    await db.kitTemplate.updateMany({ where: { workspaceId: null, key: "quote_kit" }, data: { name: "Tampered" } });
    await db.brandProfile.deleteMany({});
    await seedDemo(db);
    expect((await db.kitTemplate.findFirstOrThrow({ where: { workspaceId: null, key: "quote_kit" } })).name).toBe("Quote Kit");
    expect(await db.brandProfile.count()).toBe(1);
  });

  it("opens a new demo workspace with the sample session, which the job runner turns into an Onboarding Kit; deleting it sticks", async () => {
    const { client: db } = await useTestDb();
    await seedDemo(db);
    const demo = await db.workspace.findUniqueOrThrow({ where: { slug: DEMO_WORKSPACE_SLUG } });
    const [queued] = await db.job.findMany({ where: { workspaceId: demo.id } });
    expect(queued).toMatchObject({ title: SAMPLE_SESSION_TITLE, sourceType: "transcript", kitId: "onboarding_kit", status: "transcribing" });

    const runner = startTestRunner();
    try {
      await runner.drain();
    } finally {
      await runner.stop();
    }
    const job = await db.job.findUniqueOrThrow({ where: { id: queued.id }, include: { transcript: { include: { segments: true } }, kits: { include: { assets: true } } } });
    expect(job.status).toBe("review");
    expect(new Set(job.transcript!.segments.map((s) => s.speaker))).toEqual(new Set(["Maya", "Sam"]));
    const assets = job.kits[0].assets;
    expect(assets.map((a) => a.type)).toContain("sop");
    expect(JSON.stringify(assets.find((a) => a.type === "glossary")?.content ?? assets[0].content)).toContain("Relay");

    await seedDemo(db);
    expect(await db.job.count({ where: { workspaceId: demo.id } })).toBe(1);
    await db.job.deleteMany({ where: { workspaceId: demo.id } });
    await seedDemo(db);
    expect(await db.job.count({ where: { workspaceId: demo.id } })).toBe(0);
  });
});
