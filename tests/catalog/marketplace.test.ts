import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../helpers/test-db";
import { api, json } from "../helpers/api";
import { makeKey, makeWorkspace, sessionCookieFor } from "../helpers/fixtures";
import { db } from "@/lib/db";

type Page = { data: { id: string; title: string; featured: boolean; priceCents: number; installs: number; category: string }[]; pagination: { total: number; hasMore: boolean } };

describe("marketplace", () => {
  let key: string;
  let cookie: string;
  let workspaceId: string;
  beforeAll(async () => {
    await useTestDb();
    const author = await makeWorkspace("studio", "Author");
    const categories = ["Sales", "Courses", "Onboarding", "Marketing", "Hiring"];
    for (let i = 0; i < 55; i++) {
      await db.marketplaceListing.create({
        data: {
          workspaceId: author.id,
          title: i === 7 ? "Negotiation masterclass" : `Template ${i}`,
          description: i === 11 ? "Teaches negotiation to account executives" : `A kit for ${categories[i % 5].toLowerCase()} teams`,
          category: categories[i % 5],
          priceCents: i % 3 === 0 ? 0 : 500 + i,
          featured: i % 10 === 0,
          installs: i * 7,
          template: { key: `tpl_${i}`, name: `Template ${i}`, description: "x", category: categories[i % 5], assets: [{ type: "summary", title: "Summary" }] },
        },
      });
    }
    const ws = await makeWorkspace("studio");
    workspaceId = ws.id;
    key = await makeKey(ws.id);
    cookie = await sessionCookieFor(ws.id);
  });

  const list = async (q: string) => json<Page>(await api("GET", `/api/v1/marketplace/listings${q}`, { key }));

  it("puts featured listings first, then the most installed", async () => {
    const page = await list("?limit=100");
    expect(page.pagination.total).toBe(55);
    const featured = page.data.filter((l) => l.featured).length;
    expect(page.data.slice(0, featured).every((l) => l.featured)).toBe(true);
    const rest = page.data.slice(featured).map((l) => l.installs);
    expect(rest).toEqual([...rest].sort((a, b) => b - a));
  });

  it("q matches title and description, best match first", async () => {
    const page = await list("?q=negotiation");
    expect(page.data.map((l) => l.title).sort()).toEqual(["Negotiation masterclass", "Template 11"]);
    expect(page.data[0].title).toBe("Negotiation masterclass");
  });

  it("filters price and category exactly, and paginates", async () => {
    expect((await list("?price=free&limit=100")).data.every((l) => l.priceCents === 0)).toBe(true);
    expect((await list("?price=paid&limit=100")).data.every((l) => l.priceCents > 0)).toBe(true);
    expect((await list("?price=free&limit=100")).pagination.total + (await list("?price=paid&limit=100")).pagination.total).toBe(55);
    expect((await list("?category=hiring&limit=100")).data.every((l) => l.category === "Hiring")).toBe(true);
    const first = await list("?limit=20&offset=0");
    const second = await list("?limit=20&offset=20");
    expect(first.pagination.hasMore).toBe(true);
    expect(new Set([...first.data, ...second.data].map((l) => l.id)).size).toBe(40);
    expect((await api("GET", "/api/v1/marketplace/listings?price=cheap", { key })).status).toBe(400);
  });

  it("installing copies the template once (paid listings record a purchase) and /kits lists it", async () => {
    const paid = (await list("?price=paid&limit=1")).data[0];
    const first = await json<{ kitId: string; installed: boolean }>(await api("POST", `/api/v1/marketplace/listings/${paid.id}/install`, { cookie }));
    const again = await json<{ kitId: string; installed: boolean }>(await api("POST", `/api/v1/marketplace/listings/${paid.id}/install`, { cookie }));
    expect(first.installed).toBe(true);
    expect(again).toEqual({ kitId: first.kitId, installed: false });
    expect(await db.marketplacePurchase.count({ where: { workspaceId, listingId: paid.id } })).toBe(1);
    expect((await db.marketplaceListing.findUniqueOrThrow({ where: { id: paid.id } })).installs).toBe(paid.installs + 1);
    const kits = await json<{ data: { id: string; source: string }[] }>(await api("GET", "/api/v1/kits", { key }));
    expect(kits.data.find((k) => k.id === first.kitId)?.source).toBe("marketplace");
    expect(kits.data.filter((k) => k.source === "builtin")).toHaveLength(5);
  });
});
