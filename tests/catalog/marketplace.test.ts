import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../helpers/test-db";
import { api, json } from "../helpers/api";
import { makeKey, makeWorkspace } from "../helpers/fixtures";
import { db } from "@/lib/db";
import { searchListings } from "@/lib/marketplace/search-listings";
import { listingsQuery } from "@/lib/marketplace/model";
import { installListing } from "@/lib/marketplace/install-listing";
import { publishListing } from "@/lib/marketplace/publish-listing";
import { getListing } from "@/lib/marketplace/get-listing";
import { publishListingInput } from "@/lib/marketplace/model";
import { listKits } from "@/lib/kits/list-kits";
import { duplicateKitTemplate } from "@/lib/kits/duplicate-kit-template";

const categories = ["Sales", "Courses", "Onboarding", "Marketing", "Hiring"];
const N = 55;
// Spread so that no two listings share an install count: "then installs" is then checkable.
const installsOf = (i: number) => (i * 37) % 101;

const search = (q: Record<string, string | number>) => searchListings(listingsQuery.parse(q));

describe("marketplace search over 55 listings", () => {
  beforeAll(async () => {
    await useTestDb();
    const author = await makeWorkspace("studio", "Author");
    for (let i = 0; i < N; i++) {
      await db.marketplaceListing.create({
        data: {
          workspaceId: author.id,
          title: i === 7 ? "Negotiation masterclass" : i === 23 ? "100% discount playbook" : `Template ${i}`,
          description: i === 11 ? "Teaches negotiation to account executives" : i === 40 ? "Negotiation drills for negotiation role plays about negotiation" : `A kit for ${categories[i % 5].toLowerCase()} teams`,
          category: categories[i % 5],
          priceCents: i % 3 === 0 ? 0 : 500 + i,
          featured: i % 10 === 0,
          installs: installsOf(i),
          template: { key: `tpl_${i}`, name: `Template ${i}`, description: "x", category: categories[i % 5], assets: [{ type: "summary", title: "Summary" }] },
        },
      });
    }
  });

  it("lists featured listings first, then the most installed", async () => {
    const page = await search({ limit: 100 });
    expect(page.pagination).toEqual({ total: N, limit: 100, offset: 0, hasMore: false });
    const featured = page.data.filter((l) => l.featured);
    expect(featured).toHaveLength(6);
    expect(page.data.slice(0, 6).every((l) => l.featured)).toBe(true);
    for (const group of [page.data.slice(0, 6), page.data.slice(6)]) {
      const installs = group.map((l) => l.installs);
      expect(installs).toEqual([...installs].sort((a, b) => b - a));
    }
  });

  it("q matches the title and the description, best match first, featured still ahead", async () => {
    const page = await search({ q: "negotiation" });
    expect(page.data.map((l) => l.title).sort()).toEqual(["Negotiation masterclass", "Template 11", "Template 40"]);
    // Template 40 is featured, so it leads; among the rest the title match outranks the description match.
    expect(page.data.map((l) => l.title)).toEqual(["Template 40", "Negotiation masterclass", "Template 11"]);
    expect(page.pagination.total).toBe(3);
  });

  it("q uses web-search syntax and also matches partial words; LIKE wildcards in q are literal", async () => {
    expect((await search({ q: "negotiation -executives" })).data.map((l) => l.title).sort()).toEqual(["Negotiation masterclass", "Template 40"]);
    expect((await search({ q: "negoti" })).pagination.total).toBe(3);
    expect((await search({ q: "%" })).data.map((l) => l.title)).toEqual(["100% discount playbook"]);
    expect((await search({ q: "no such words anywhere" })).pagination).toEqual({ total: 0, limit: 20, offset: 0, hasMore: false });
  });

  it("filters by price exactly", async () => {
    const free = await search({ price: "free", limit: 100 });
    const paid = await search({ price: "paid", limit: 100 });
    expect(free.data.every((l) => l.priceCents === 0)).toBe(true);
    expect(paid.data.every((l) => l.priceCents > 0)).toBe(true);
    expect(free.pagination.total).toBe(19);
    expect(free.pagination.total + paid.pagination.total).toBe(N);
  });

  it("filters by category, case-insensitively, and combines filters", async () => {
    const hiring = await search({ category: "hiring", limit: 100 });
    expect(hiring.pagination.total).toBe(11);
    expect(hiring.data.every((l) => l.category === "Hiring")).toBe(true);
    const freeSales = await search({ category: "Sales", price: "free", limit: 100 });
    expect(freeSales.data.map((l) => l.title).every((t) => /Template (0|15|30|45)$/.test(t))).toBe(true);
    expect(freeSales.pagination.total).toBe(4);
  });

  it("paginates without gaps or repeats, with the total of the filtered set past the end", async () => {
    const ids: string[] = [];
    for (let offset = 0; offset < N; offset += 20) {
      const page = await search({ limit: 20, offset });
      expect(page.pagination.hasMore).toBe(offset + 20 < N);
      ids.push(...page.data.map((l) => l.id));
    }
    expect(new Set(ids).size).toBe(N);
    expect(ids).toEqual((await search({ limit: 100 })).data.map((l) => l.id));
    expect(await search({ category: "Hiring", offset: 500 })).toMatchObject({ data: [], pagination: { total: 11, hasMore: false } });
  });

  it("rejects bad query parameters with the parameter named", () => {
    for (const [q, path] of [[{ price: "cheap" }, "price"], [{ limit: 101 }, "limit"], [{ offset: -1 }, "offset"]] as const) {
      const parsed = listingsQuery.safeParse(q);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0].path).toEqual([path]);
    }
  });

  it("the API answers the same list to a Studio key (route wired to searchListings)", async () => {
    const ws = await makeWorkspace("studio");
    const key = await makeKey(ws.id);
    const res = await api("GET", "/api/v1/marketplace/listings?q=negotiation", { key });
    expect(res.status).toBe(200);
    expect((await json<{ data: { title: string }[] }>(res)).data.map((l) => l.title)).toEqual(["Template 40", "Negotiation masterclass", "Template 11"]);
  });
});

describe("publishing and installing", () => {
  it("installing copies the template once, records the purchase of a paid listing and counts the install", async () => {
    const author = await makeWorkspace("studio", "Seller");
    const buyer = await makeWorkspace("studio", "Buyer");
    const listing = await db.marketplaceListing.create({
      data: { workspaceId: author.id, title: "Paid pack", description: "A paid pack of things", category: "Sales", priceCents: 1900, template: { key: "onboarding_kit", name: "Paid pack", description: "d", category: "Sales", assets: [{ type: "faq", title: "FAQ" }] } },
    });
    const results = await Promise.all([installListing(buyer.id, listing.id), installListing(buyer.id, listing.id)]);
    expect(results.filter((r) => r.installed)).toHaveLength(1);
    expect(results[0].kitId).toBe(results[1].kitId);
    // The listing's key is a built-in's: the copy gets its own key so the built-in is not shadowed.
    expect(results[0].kitId).toBe("onboarding_kit_2");
    expect(await installListing(buyer.id, listing.id)).toEqual({ kitId: "onboarding_kit_2", installed: false });
    expect(await db.marketplacePurchase.findMany({ where: { workspaceId: buyer.id }, select: { listingId: true, priceCents: true, provider: true } })).toEqual([{ listingId: listing.id, priceCents: 1900, provider: "local" }]);
    expect((await getListing(listing.id)).installs).toBe(1);

    const kits = await listKits(buyer.id);
    expect(kits.filter((k) => k.source === "builtin").map((k) => k.id)).toEqual(["onboarding_kit", "course_pack", "linkedin_kit", "quote_kit", "interview_kit"]);
    expect(kits.find((k) => k.id === "onboarding_kit_2")).toEqual({ id: "onboarding_kit_2", name: "Paid pack", description: "d", category: "Sales", assets: [{ type: "faq", title: "FAQ" }], source: "marketplace" });
  });

  it("publishes only the workspace's own templates, on the Studio plan", async () => {
    const ws = await makeWorkspace("studio", "Publisher");
    const own = await duplicateKitTemplate(ws.id, "course_pack", "My course pack");
    const input = publishListingInput.parse({ kitId: own.key, title: "My course pack", description: "Lessons from one talk", category: "Courses", priceCents: 900 });
    const listing = await publishListing(ws.id, input);
    expect(listing).toMatchObject({ title: "My course pack", category: "Courses", priceCents: 900, featured: false, installs: 0, kit: { key: own.key, name: "My course pack" } });
    await expect(publishListing(ws.id, { ...input, kitId: "course_pack" })).rejects.toMatchObject({ code: "invalid_state" });
    await expect(publishListing(ws.id, { ...input, kitId: "nope" })).rejects.toMatchObject({ code: "not_found" });

    const other = await makeWorkspace("studio", "Other");
    await expect(publishListing(other.id, input)).rejects.toMatchObject({ code: "not_found" });
    const installed = await installListing(other.id, listing.id);
    await expect(publishListing(other.id, { ...input, kitId: installed.kitId })).rejects.toMatchObject({ code: "invalid_state" });

    const pro = await makeWorkspace("pro");
    await expect(publishListing(pro.id, input)).rejects.toMatchObject({ code: "plan_required", message: expect.stringContaining("requires the Studio plan") });
    expect(publishListingInput.safeParse({ ...input, priceCents: 10 }).error?.issues[0].path).toEqual(["priceCents"]);
    expect(publishListingInput.safeParse({ ...input, category: "Gardening" }).error?.issues[0].path).toEqual(["category"]);
  });

  it("an unknown listing is not found", async () => {
    const ws = await makeWorkspace("studio");
    await expect(installListing(ws.id, "missing")).rejects.toMatchObject({ code: "not_found" });
    await expect(getListing("missing")).rejects.toMatchObject({ code: "not_found" });
  });
});
