// Themes: several per workspace, exactly one default. Creating from a preset fills every
// field the request leaves out; PUT replaces a theme the same way.
import { z } from "zod";
import { db, type Tx } from "@/lib/db";
import type { Theme } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/api/errors";
import { presetThemes, themeFieldsSchema, themePresets, type ThemeFields } from "./model";

export const themeInput = themeFieldsSchema.partial().extend({ preset: z.enum(themePresets).default("minimal"), isDefault: z.boolean().optional() });

export const themeView = themeFieldsSchema.extend({ id: z.string(), isDefault: z.boolean(), createdAt: z.string(), updatedAt: z.string() });
export type ThemeView = z.infer<typeof themeView>;

export const toThemeView = (t: Theme): ThemeView => ({
  id: t.id,
  ...(themeFieldsSchema.parse(t) as ThemeFields),
  isDefault: t.isDefault,
  createdAt: t.createdAt.toISOString(),
  updatedAt: t.updatedAt.toISOString(),
});

const fill = (input: z.infer<typeof themeInput>): ThemeFields => {
  const { isDefault: _ignored, ...fields } = input;
  const base = presetThemes[input.preset];
  return themeFieldsSchema.parse({ ...base, ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) });
};

async function makeDefault(tx: Tx, workspaceId: string, id: string) {
  await tx.theme.updateMany({ where: { workspaceId, isDefault: true, NOT: { id } }, data: { isDefault: false } });
  await tx.theme.update({ where: { id }, data: { isDefault: true } });
}

export async function listThemes(workspaceId: string) {
  return { data: (await db.theme.findMany({ where: { workspaceId }, orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }] })).map(toThemeView) };
}

export async function getTheme(workspaceId: string, id: string) {
  const t = await db.theme.findFirst({ where: { id, workspaceId } });
  if (!t) throw notFound("Theme");
  return toThemeView(t);
}

export async function createTheme(workspaceId: string, input: z.infer<typeof themeInput>) {
  return db.$transaction(async (tx) => {
    const first = (await tx.theme.count({ where: { workspaceId } })) === 0;
    const row = await tx.theme.create({ data: { workspaceId, ...fill(input), isDefault: false } });
    if (first || input.isDefault) await makeDefault(tx, workspaceId, row.id);
    return toThemeView(await tx.theme.findUniqueOrThrow({ where: { id: row.id } }));
  });
}

export async function replaceTheme(workspaceId: string, id: string, input: z.infer<typeof themeInput>) {
  await getTheme(workspaceId, id);
  return db.$transaction(async (tx) => {
    await tx.theme.update({ where: { id }, data: fill(input) });
    if (input.isDefault) await makeDefault(tx, workspaceId, id);
    return toThemeView(await tx.theme.findUniqueOrThrow({ where: { id } }));
  });
}

/** Deleting the default promotes the oldest remaining theme. */
export async function deleteTheme(workspaceId: string, id: string) {
  const theme = await db.theme.findFirst({ where: { id, workspaceId } });
  if (!theme) throw notFound("Theme");
  await db.$transaction(async (tx) => {
    await tx.theme.delete({ where: { id } });
    if (theme.isDefault) {
      const next = await tx.theme.findFirst({ where: { workspaceId }, orderBy: { createdAt: "asc" } });
      if (next) await tx.theme.update({ where: { id: next.id }, data: { isDefault: true } });
    }
  });
  return { id, deleted: true as const };
}

/** GET /theme: the default theme, or the minimal preset when the workspace has none. */
export async function getWorkspaceTheme(workspaceId: string) {
  const t = await db.theme.findFirst({ where: { workspaceId, isDefault: true } });
  return t ? toThemeView(t) : { id: null, ...presetThemes.minimal, isDefault: true, createdAt: null, updatedAt: null };
}

/** PUT /theme: upserts the default theme. */
export async function putWorkspaceTheme(workspaceId: string, input: z.infer<typeof themeInput>) {
  const current = await db.theme.findFirst({ where: { workspaceId, isDefault: true } });
  return current ? replaceTheme(workspaceId, current.id, { ...input, isDefault: true }) : createTheme(workspaceId, { ...input, isDefault: true });
}

export async function deleteWorkspaceTheme(workspaceId: string) {
  const current = await db.theme.findFirst({ where: { workspaceId, isDefault: true } });
  if (!current) throw notFound("Theme");
  return deleteTheme(workspaceId, current.id);
}
