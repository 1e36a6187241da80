import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "../helpers/test-db";
import { api, json } from "../helpers/api";
import { makeKey, makeWorkspace } from "../helpers/fixtures";
import { db } from "@/lib/db";
import { presetThemes, themeInput, type ThemeInput } from "@/lib/themes/model";
import { createTheme } from "@/lib/themes/create-theme";
import { replaceTheme } from "@/lib/themes/replace-theme";
import { deleteTheme } from "@/lib/themes/delete-theme";
import { getTheme } from "@/lib/themes/get-theme";
import { listThemes } from "@/lib/themes/list-themes";
import { getWorkspaceTheme } from "@/lib/themes/get-workspace-theme";
import { putWorkspaceTheme } from "@/lib/themes/put-workspace-theme";
import { deleteWorkspaceTheme } from "@/lib/themes/delete-workspace-theme";
import { getDefaultTheme } from "@/lib/themes/get-default-theme";

beforeAll(async () => {
  await useTestDb();
});

const input = (body: ThemeInput) => themeInput.parse(body);
const defaults = async (workspaceId: string) => (await db.theme.findMany({ where: { workspaceId, isDefault: true }, select: { id: true } })).map((t) => t.id);

describe("theme validation", () => {
  const colourFields = ["backgroundColor", "patternColor", "accentColor", "textColor"] as const;
  const badHex = ["red", "#fff", "#12345g", "123456", "#1234567", " #123456x", ""];
  it.each(colourFields.flatMap((field) => badHex.map((bad) => [field, bad] as const)))("%s = %j → an error on that field", (field, bad) => {
    const parsed = themeInput.safeParse({ name: "Bad", [field]: bad });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual([field]);
  });

  it.each(colourFields)("%s accepts 6-digit hex in either case", (field) => {
    expect(themeInput.safeParse({ [field]: "#A1b2C3" }).success).toBe(true);
  });

  it.each([
    ["preset", "neon"],
    ["backgroundPattern", "plaid"],
    ["fontFamily", "Comic Sans"],
    ["showCornerBrackets", "yes"],
    ["logoUrl", "not a url"],
    ["customWatermarkText", "x".repeat(81)],
    ["name", "   "],
  ])("%s = %j → an error on that field", (field, bad) => {
    expect(themeInput.safeParse({ [field]: bad }).error?.issues[0].path).toEqual([field]);
  });

  it("the API answers 400 with param naming the colour field", async () => {
    const ws = await makeWorkspace("studio");
    const key = await makeKey(ws.id);
    const res = await api("POST", "/api/v1/themes", { key, body: { name: "Bad", patternColor: "#fff" } });
    expect(res.status).toBe(400);
    expect((await json<{ error: { param: string } }>(res)).error.param).toBe("patternColor");
  });
});

describe("themes and the one default", () => {
  it("fills unspecified fields from the preset, and the first theme becomes the default", async () => {
    const ws = await makeWorkspace();
    const theme = await createTheme(ws.id, input({ name: "Night", preset: "midnight", accentColor: "#112233" }));
    const { name: _name, accentColor: _accent, ...rest } = presetThemes.midnight;
    expect(theme).toMatchObject({ ...rest, name: "Night", accentColor: "#112233", isDefault: true });
    expect(await createTheme(ws.id, input({ name: "Plain" }))).toMatchObject({ ...presetThemes.minimal, name: "Plain", isDefault: false });
  });

  it("PUT replaces the whole theme: fields left out return to the preset's", async () => {
    const ws = await makeWorkspace();
    const theme = await createTheme(ws.id, input({ name: "Paper", preset: "paper", textColor: "#000000", customWatermarkText: "ACME" }));
    const replaced = await replaceTheme(ws.id, theme.id, input({ preset: "paper", accentColor: "#abcdef" }));
    expect(replaced).toMatchObject({ ...presetThemes.paper, accentColor: "#abcdef", id: theme.id, isDefault: true });
    expect(replaced.customWatermarkText).toBeNull();
  });

  it("keeps exactly one default through creates, promotions and deletes", async () => {
    const ws = await makeWorkspace();
    const a = await createTheme(ws.id, input({ name: "A" }));
    const b = await createTheme(ws.id, input({ name: "B", isDefault: true }));
    const c = await createTheme(ws.id, input({ name: "C" }));
    expect(await defaults(ws.id)).toEqual([b.id]);
    await replaceTheme(ws.id, c.id, input({ name: "C", isDefault: true }));
    expect(await defaults(ws.id)).toEqual([c.id]);
    await replaceTheme(ws.id, c.id, input({ name: "C", isDefault: false }));
    expect(await defaults(ws.id)).toEqual([c.id]);
    expect((await listThemes(ws.id)).data.map((t) => t.name)).toEqual(["C", "A", "B"]);

    await deleteTheme(ws.id, c.id);
    expect(await defaults(ws.id)).toEqual([a.id]);
    await deleteTheme(ws.id, b.id);
    expect(await defaults(ws.id)).toEqual([a.id]);
    await deleteTheme(ws.id, a.id);
    expect(await getWorkspaceTheme(ws.id)).toEqual({ id: null, ...presetThemes.minimal, isDefault: true, createdAt: null, updatedAt: null });
    expect(await getDefaultTheme(ws.id)).toMatchObject({ ...presetThemes.minimal, version: "preset" });
  });

  it("concurrent 'make me the default' requests still leave one default", async () => {
    const ws = await makeWorkspace();
    await Promise.all(Array.from({ length: 6 }, (_, i) => createTheme(ws.id, input({ name: `T${i}`, isDefault: true }))));
    expect(await defaults(ws.id)).toHaveLength(1);
  });

  it("/theme: GET falls back to minimal, PUT upserts the default, DELETE promotes the next", async () => {
    const ws = await makeWorkspace();
    expect((await getWorkspaceTheme(ws.id)).id).toBeNull();
    await expect(deleteWorkspaceTheme(ws.id)).rejects.toMatchObject({ code: "not_found" });
    const created = await putWorkspaceTheme(ws.id, input({ preset: "brutalist" }));
    expect(created).toMatchObject({ ...presetThemes.brutalist, isDefault: true });
    const other = await createTheme(ws.id, input({ name: "Other" }));
    const updated = await putWorkspaceTheme(ws.id, input({ preset: "midnight", textColor: "#eeeeee" }));
    expect(updated).toMatchObject({ id: created.id, preset: "midnight", textColor: "#eeeeee", backgroundColor: presetThemes.midnight.backgroundColor });
    expect((await getWorkspaceTheme(ws.id)).id).toBe(created.id);
    await deleteWorkspaceTheme(ws.id);
    expect((await getWorkspaceTheme(ws.id)).id).toBe(other.id);
    expect(await db.theme.count({ where: { workspaceId: ws.id } })).toBe(1);
  });

  it("another workspace's theme is not found, and stays untouched", async () => {
    const mine = await makeWorkspace();
    const theirs = await makeWorkspace();
    const theme = await createTheme(theirs.id, input({ name: "Theirs" }));
    await expect(getTheme(mine.id, theme.id)).rejects.toMatchObject({ code: "not_found", status: 404 });
    await expect(replaceTheme(mine.id, theme.id, input({ name: "Mine now" }))).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteTheme(mine.id, theme.id)).rejects.toMatchObject({ code: "not_found" });
    expect(await getTheme(theirs.id, theme.id)).toMatchObject({ name: "Theirs", isDefault: true });
    expect((await listThemes(mine.id)).data).toEqual([]);
  });
});
