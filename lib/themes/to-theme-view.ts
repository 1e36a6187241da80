import type { Theme } from "@/lib/generated/prisma/client";
import { presetThemes, themeFieldsSchema, type ThemeFields, type ThemePreset, type ThemeView } from "./model";

const isPreset = (value: string): value is ThemePreset => value in presetThemes;

/** Rows written before a field's rules tightened fall back field by field to their preset, never a 500. */
export function toThemeView(theme: Theme): ThemeView {
  const base = presetThemes[isPreset(theme.preset) ? theme.preset : "minimal"];
  const fields = Object.fromEntries(
    (Object.keys(themeFieldsSchema.shape) as (keyof ThemeFields)[]).map((key) => {
      const parsed = themeFieldsSchema.shape[key].safeParse(theme[key]);
      return [key, parsed.success ? parsed.data : base[key]];
    }),
  ) as ThemeFields;
  return { id: theme.id, ...fields, isDefault: theme.isDefault, createdAt: theme.createdAt.toISOString(), updatedAt: theme.updatedAt.toISOString() };
}
