import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../helpers/test-db";
import { makeWorkspace } from "../helpers/fixtures";
import { db } from "@/lib/db";
import { builtinKits } from "@/lib/kits/builtins";
import { listKits } from "@/lib/kits/list-kits";
import { getKitTemplate } from "@/lib/kits/get-kit-template";
import { duplicateKitTemplate } from "@/lib/kits/duplicate-kit-template";
import { updateKitTemplate } from "@/lib/kits/update-kit-template";
import { deleteKitTemplate } from "@/lib/kits/delete-kit-template";
import { kitTemplateUpdate } from "@/lib/kits/model";
import { installListing } from "@/lib/marketplace/install-listing";
import { voiceProfileInput } from "@/lib/voice-profiles/model";
import { createVoiceProfile } from "@/lib/voice-profiles/create-voice-profile";
import { updateVoiceProfile } from "@/lib/voice-profiles/update-voice-profile";
import { deleteVoiceProfile } from "@/lib/voice-profiles/delete-voice-profile";
import { getVoiceProfile } from "@/lib/voice-profiles/get-voice-profile";
import { listVoiceProfiles } from "@/lib/voice-profiles/list-voice-profiles";
import { getVoiceProfileSpec } from "@/lib/voice-profiles/get-voice-profile-spec";

beforeAll(async () => {
  await useTestDb();
});

describe("kit templates", () => {
  it("lists built-ins, then the workspace's own and installed templates, each with its source", async () => {
    const ws = await makeWorkspace();
    const author = await makeWorkspace();
    const listing = await db.marketplaceListing.create({
      data: { workspaceId: author.id, title: "Sales pack", description: "For sales teams", category: "Sales", template: { key: "sales_pack", name: "Sales pack", description: "Calls into FAQs", category: "Sales", assets: [{ type: "faq", title: "Objections" }, { type: "summary_email", title: "Follow-up" }] } },
    });
    await installListing(ws.id, listing.id);
    const own = await duplicateKitTemplate(ws.id, "quote_kit");
    const kits = await listKits(ws.id);
    expect(kits.map((k) => [k.id, k.source])).toEqual([...builtinKits.map((k) => [k.key, "builtin"]), ["sales_pack", "marketplace"], [own.key, "workspace"]]);
    expect(kits.find((k) => k.id === "sales_pack")).toEqual({ id: "sales_pack", name: "Sales pack", description: "Calls into FAQs", category: "Sales", assets: [{ type: "faq", title: "Objections" }, { type: "summary_email", title: "Follow-up" }], source: "marketplace" });
    expect(await listKits(author.id)).toHaveLength(builtinKits.length);
  });

  it("reads the workspace's template first, then the built-in; unknown and foreign keys are not found", async () => {
    const ws = await makeWorkspace();
    const other = await makeWorkspace();
    expect(await getKitTemplate(ws.id, "course_pack")).toEqual(builtinKits[1]);
    const copy = await duplicateKitTemplate(ws.id, "course_pack", "Our course pack");
    expect(copy).toMatchObject({ key: "course_pack_copy", name: "Our course pack", assets: builtinKits[1].assets });
    expect((await duplicateKitTemplate(ws.id, "course_pack")).key).toBe("course_pack_copy_2");
    await expect(getKitTemplate(other.id, "course_pack_copy")).rejects.toMatchObject({ code: "not_found" });
    await expect(getKitTemplate(ws.id, "nope")).rejects.toMatchObject({ code: "not_found" });
  });

  it("edits and deletes workspace templates only", async () => {
    const ws = await makeWorkspace();
    const other = await makeWorkspace();
    const copy = await duplicateKitTemplate(ws.id, "onboarding_kit");
    const update = kitTemplateUpdate.parse({ name: "Short onboarding", assets: [{ type: "checklist", title: "Day one", prompt: "Only the first day" }] });
    expect(await updateKitTemplate(ws.id, copy.key, update)).toMatchObject({ key: copy.key, name: "Short onboarding", description: builtinKits[0].description, assets: [{ type: "checklist", title: "Day one", prompt: "Only the first day" }] });
    await expect(updateKitTemplate(ws.id, "onboarding_kit", update)).rejects.toMatchObject({ code: "invalid_state" });
    await expect(deleteKitTemplate(ws.id, "onboarding_kit")).rejects.toMatchObject({ code: "invalid_state" });
    await expect(updateKitTemplate(other.id, copy.key, update)).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteKitTemplate(other.id, copy.key)).rejects.toMatchObject({ code: "not_found" });
    expect(await deleteKitTemplate(ws.id, copy.key)).toEqual({ id: copy.key, deleted: true });
    expect((await listKits(ws.id)).map((k) => k.id)).not.toContain(copy.key);
    expect(kitTemplateUpdate.safeParse({ assets: [{ type: "poem", title: "x" }] }).error?.issues[0].path).toEqual(["assets", 0, "type"]);
  });
});

describe("voice profiles", () => {
  it("create, replace, read as a generator spec, delete; other workspaces see nothing", async () => {
    const ws = await makeWorkspace();
    const other = await makeWorkspace();
    const created = await createVoiceProfile(ws.id, voiceProfileInput.parse({ name: "Coach", tone: "friendly", preferWords: ["teammates"], avoidWords: ["employees"] }));
    expect(created).toMatchObject({ name: "Coach", tone: "friendly", audience: null, preferWords: ["teammates"], avoidWords: ["employees"], exampleText: null });
    expect(await getVoiceProfileSpec(ws.id, created.id)).toEqual({ name: "Coach", tone: "friendly", audience: null, preferWords: ["teammates"], avoidWords: ["employees"], exampleText: null });
    const replaced = await updateVoiceProfile(ws.id, created.id, voiceProfileInput.parse({ name: "Coach", audience: "new hires" }));
    expect(replaced).toMatchObject({ tone: "clear", audience: "new hires", preferWords: [], avoidWords: [] });
    for (const call of [getVoiceProfile(other.id, created.id), getVoiceProfileSpec(other.id, created.id), updateVoiceProfile(other.id, created.id, voiceProfileInput.parse({ name: "x" })), deleteVoiceProfile(other.id, created.id)]) {
      await expect(call).rejects.toMatchObject({ code: "not_found" });
    }
    expect((await listVoiceProfiles(other.id)).data).toEqual([]);
    expect(await deleteVoiceProfile(ws.id, created.id)).toEqual({ id: created.id, deleted: true });
    expect((await listVoiceProfiles(ws.id)).data).toEqual([]);
  });
});
