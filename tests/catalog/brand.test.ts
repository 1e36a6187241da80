import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { Resvg } from "@resvg/resvg-js";
import { useTestDb } from "../helpers/test-db";
import { makeWorkspace } from "../helpers/fixtures";
import { db } from "@/lib/db";
import { getBlobStore } from "@/lib/storage";
import { brandProfileInput, customHostSchema } from "@/lib/brand/model";
import { createBrandProfile } from "@/lib/brand/create-brand-profile";
import { updateBrandProfile } from "@/lib/brand/update-brand-profile";
import { deleteBrandProfile } from "@/lib/brand/delete-brand-profile";
import { getBrandProfile } from "@/lib/brand/get-brand-profile";
import { listBrandProfiles } from "@/lib/brand/list-brand-profiles";
import { saveBrandLogo } from "@/lib/brand/save-brand-logo";
import { getBrandLogo } from "@/lib/brand/get-brand-logo";
import { getBrandForDocuments } from "@/lib/brand/get-brand-for-documents";
import { sanitizeSvg } from "@/lib/brand/sanitize-svg";

beforeAll(async () => {
  await useTestDb();
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const input = (body: Record<string, unknown>) => brandProfileInput.parse(body);
const png = () => new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8" fill="#123456"/></svg>').render().asPng();
const readBlob = async (key: string) => {
  const chunks: Buffer[] = [];
  for await (const c of await getBlobStore().get(key)) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
};

describe("brand profiles", () => {
  it("returns the API shape, with the first profile as the default and one default kept", async () => {
    const ws = await makeWorkspace();
    const first = await createBrandProfile(ws.id, input({ name: "Agency", clientLabel: "Prepared for Acme", customHost: "Docs.Client.com.", accentColor: "#123456" }));
    expect(first).toEqual({ id: first.id, name: "Agency", logoUrl: null, accentColor: "#123456", clientLabel: "Prepared for Acme", customHost: "docs.client.com", dnsHint: "A docs.client.com → 127.0.0.1", isDefault: true, createdAt: expect.any(String) });
    const second = await createBrandProfile(ws.id, input({ name: "Second" }));
    expect(second).toMatchObject({ isDefault: false, accentColor: "#4f46e5", clientLabel: null, customHost: null, dnsHint: null });
    await updateBrandProfile(ws.id, second.id, { isDefault: true });
    expect((await listBrandProfiles(ws.id)).data.map((b) => [b.name, b.isDefault])).toEqual([["Second", true], ["Agency", false]]);
    await deleteBrandProfile(ws.id, second.id);
    expect(await getBrandProfile(ws.id, first.id)).toMatchObject({ isDefault: true });
  });

  it("PATCH changes only the fields given", async () => {
    const ws = await makeWorkspace();
    const profile = await createBrandProfile(ws.id, input({ name: "Agency", accentColor: "#abcdef", customHost: "docs.client.com" }));
    const patched = await updateBrandProfile(ws.id, profile.id, brandProfileInput.partial().parse({ clientLabel: "For Globex" }));
    expect(patched).toMatchObject({ name: "Agency", accentColor: "#abcdef", customHost: "docs.client.com", clientLabel: "For Globex" });
    expect(await updateBrandProfile(ws.id, profile.id, { customHost: null })).toMatchObject({ customHost: null, dnsHint: null });
  });

  it("derives the DNS hint from the deployment host, or from TALKSMITH_CNAME_TARGET", async () => {
    const ws = await makeWorkspace();
    vi.stubEnv("TALKSMITH_PUBLIC_URL", "https://studio.talksmith.app");
    const profile = await createBrandProfile(ws.id, input({ name: "Agency", customHost: "docs.client.com" }));
    expect(profile.dnsHint).toBe("CNAME docs.client.com → cname.studio.talksmith.app");
    vi.stubEnv("TALKSMITH_CNAME_TARGET", "edge.talksmith.net");
    expect((await getBrandProfile(ws.id, profile.id)).dnsHint).toBe("CNAME docs.client.com → edge.talksmith.net");
  });

  it.each([
    ["docs.client.com", "docs.client.com"],
    ["A-B.example.co.uk", "a-b.example.co.uk"],
    ["xn--bcher-kva.example", "xn--bcher-kva.example"],
    ["not a host", null],
    ["localhost", null],
    ["127.0.0.1", null],
    ["-bad.example.com", null],
    ["https://docs.client.com", null],
    ["docs.client.com/path", null],
    [`${"a".repeat(64)}.example.com`, null],
  ])("customHost %j → %j", (host, expected) => {
    const parsed = customHostSchema.safeParse(host);
    expect(parsed.success ? parsed.data : null).toBe(expected);
    if (!expected) expect(brandProfileInput.safeParse({ name: "x", customHost: host }).error?.issues[0].path).toEqual(["customHost"]);
  });

  it("a bad accent colour is an error on accentColor", () => {
    expect(brandProfileInput.safeParse({ name: "x", accentColor: "blue" }).error?.issues[0].path).toEqual(["accentColor"]);
  });

  it("another workspace's profile is not found", async () => {
    const mine = await makeWorkspace();
    const theirs = await makeWorkspace();
    const profile = await createBrandProfile(theirs.id, input({ name: "Theirs" }));
    await expect(getBrandProfile(mine.id, profile.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(updateBrandProfile(mine.id, profile.id, { name: "Mine" })).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteBrandProfile(mine.id, profile.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(saveBrandLogo(mine.id, profile.id, png())).rejects.toMatchObject({ code: "not_found" });
    expect(await getBrandProfile(theirs.id, profile.id)).toMatchObject({ name: "Theirs" });
  });
});

describe("brand logos", () => {
  let workspaceId: string;
  let profileId: string;
  beforeAll(async () => {
    workspaceId = (await makeWorkspace()).id;
    profileId = (await createBrandProfile(workspaceId, input({ name: "Agency" }))).id;
  });

  it("stores an SVG sanitised: no script, handlers, foreign objects or external links", async () => {
    const evil = `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)"><rect width="10" height="10" fill="#123456" onclick="alert(4)"/></a><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject><image xlink:href="https://tracker.example/p.png"/><use href="#r"/></svg>`;
    const view = await saveBrandLogo(workspaceId, profileId, Buffer.from(evil), "image/svg+xml");
    expect(view.logoUrl).toMatch(new RegExp(`^/api/v1/brand-profiles/${profileId}/logo\\?v=\\d+$`));
    const row = await db.brandProfile.findUniqueOrThrow({ where: { id: profileId } });
    expect(row.logoMimeType).toBe("image/svg+xml");
    const stored = await readBlob(row.logoBlobKey!);
    expect(stored).toContain('<rect width="10" height="10" fill="#123456"/>');
    expect(stored).toContain('<use href="#r"/>');
    expect(stored).not.toMatch(/script|onload|onclick|javascript:|foreignObject|tracker\.example|<a[\s>]/i);
    const res = await getBrandLogo(workspaceId, profileId);
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(await res.text()).toBe(stored);
  });

  it("accepts PNG, JPEG and WebP by their bytes", async () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, ...Array(32).fill(0)]);
    const webp = Buffer.concat([Buffer.from("RIFF"), Buffer.from([0x24, 0, 0, 0]), Buffer.from("WEBPVP8 "), Buffer.alloc(32)]);
    for (const [bytes, mime] of [[png(), "image/png"], [jpeg, "image/jpeg"], [webp, "image/webp"]] as const) {
      await saveBrandLogo(workspaceId, profileId, bytes, "application/octet-stream");
      expect((await db.brandProfile.findUniqueOrThrow({ where: { id: profileId } })).logoMimeType).toBe(mime);
    }
  });

  it.each([
    ["a 3 MB file", Buffer.alloc(3 * 1024 * 1024, 1), undefined, "payload_too_large"],
    ["a text file", Buffer.from("just some text, not an image"), "text/plain", "unsupported_media_type"],
    ["a PDF", Buffer.from("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n"), undefined, "unsupported_media_type"],
    ["an empty file", Buffer.alloc(0), undefined, "invalid_request"],
    ["a broken SVG", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><rect'), undefined, "unsupported_media_type"],
    ["an SVG with entities", Buffer.from('<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>'), undefined, "unsupported_media_type"],
    ["a PNG sent as JPEG", png(), "image/jpeg", "unsupported_media_type"],
  ])("refuses %s", async (_what, bytes, declared, code) => {
    await expect(saveBrandLogo(workspaceId, profileId, bytes, declared)).rejects.toMatchObject({ code, param: "logo" });
  });

  it("documents get the default profile's accent, label and logo (an SVG rasterised to PNG)", async () => {
    const ws = await makeWorkspace("studio", "Docs");
    expect((await getBrandForDocuments(ws.id)).brand).toMatchObject({ name: expect.stringContaining("Docs"), accentColor: "#4f46e5" });
    const profile = await createBrandProfile(ws.id, input({ name: "Agency", clientLabel: "For Acme", accentColor: "#0a0b0c" }));
    await saveBrandLogo(ws.id, profile.id, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="20" height="10" fill="#f00"/></svg>'));
    const { brand, version } = await getBrandForDocuments(ws.id);
    expect(brand).toMatchObject({ name: "Agency", clientLabel: "For Acme", accentColor: "#0a0b0c", logo: { mimeType: "image/png" } });
    expect(Buffer.from(brand.logo!.bytes).subarray(1, 4).toString()).toBe("PNG");
    expect(version).toContain(profile.id);
  });
});

describe("SVG sanitiser", () => {
  it.each([
    ['<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(https://e.example/x.css); .a{fill:url(https://e.example/p)}</style></svg>', /e\.example/],
    ['<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:url(https://e.example/p)" width="1"/></svg>', /e\.example/],
    ['<svg xmlns="http://www.w3.org/2000/svg"><rect fill="url(https://e.example/p)"/></svg>', /e\.example/],
    ['<svg xmlns="http://www.w3.org/2000/svg"><set attributeName="href" to="javascript:alert(1)"/></svg>', /javascript|<set/],
    ['<svg xmlns="http://www.w3.org/2000/svg"><animate attributeName="onload" to="alert(1)"/></svg>', /animate|alert/],
    ['<svg xmlns="http://www.w3.org/2000/svg"><iframe src="https://e.example"/></svg>', /iframe|e\.example/],
    ['<svg xmlns="http://www.w3.org/2000/svg" xmlns:h="http://www.w3.org/1999/xhtml"><h:script>alert(1)</h:script></svg>', /script|alert/],
    ['<svg xmlns="http://www.w3.org/2000/svg"><?xml-stylesheet href="https://e.example/s.css"?><rect/></svg>', /e\.example/],
    ['<svg xmlns="http://www.w3.org/2000/svg"><image href="data:text/html;base64,PHNjcmlwdD4="/></svg>', /data:text/],
    ['<svg xmlns="http://www.w3.org/2000/svg"><ScRiPt>alert(1)</ScRiPt></svg>', /alert/],
  ])("strips the active part of %s", (svg, forbidden) => {
    expect(sanitizeSvg(svg)).not.toMatch(forbidden);
  });

  it("keeps a plain logo as it was", () => {
    const logo = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs><path d="M0 0h10v10z" fill="url(#g)"/><text x="1" y="9">Acme</text></svg>';
    expect(sanitizeSvg(logo)).toBe(logo);
  });
});
