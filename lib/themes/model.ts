// Themes style quote cards and videos (Voice Clips seed shape, camelCase).
import { z } from "zod";

export const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, "must be a 6-digit hex colour like #1a2b3c");
export const backgroundPatterns = ["none", "dots", "grid", "diagonal", "waves"] as const;
export const fontFamilies = ["Inter", "Merriweather", "JetBrains Mono"] as const;
export const themePresets = ["minimal", "brutalist", "midnight", "paper"] as const;

export const themeFieldsSchema = z.object({
  name: z.string().min(1).max(80),
  preset: z.enum(themePresets),
  backgroundColor: hexColor,
  patternColor: hexColor,
  accentColor: hexColor,
  textColor: hexColor,
  backgroundPattern: z.enum(backgroundPatterns),
  fontFamily: z.enum(fontFamilies),
  showCornerBrackets: z.boolean(),
  showAccentLine: z.boolean(),
  logoUrl: z.url().max(2000).nullable(),
  customWatermarkText: z.string().max(80).nullable(),
});

export type ThemeFields = z.infer<typeof themeFieldsSchema>;

export const presetThemes: Record<(typeof themePresets)[number], ThemeFields> = {
  minimal: {
    name: "Minimal", preset: "minimal", backgroundColor: "#ffffff", patternColor: "#e5e7eb", accentColor: "#4f46e5", textColor: "#111827",
    backgroundPattern: "none", fontFamily: "Inter", showCornerBrackets: false, showAccentLine: true, logoUrl: null, customWatermarkText: null,
  },
  brutalist: {
    name: "Brutalist", preset: "brutalist", backgroundColor: "#fde047", patternColor: "#111111", accentColor: "#111111", textColor: "#111111",
    backgroundPattern: "grid", fontFamily: "JetBrains Mono", showCornerBrackets: true, showAccentLine: false, logoUrl: null, customWatermarkText: null,
  },
  midnight: {
    name: "Midnight", preset: "midnight", backgroundColor: "#0f172a", patternColor: "#1e293b", accentColor: "#38bdf8", textColor: "#f8fafc",
    backgroundPattern: "dots", fontFamily: "Inter", showCornerBrackets: false, showAccentLine: true, logoUrl: null, customWatermarkText: null,
  },
  paper: {
    name: "Paper", preset: "paper", backgroundColor: "#faf7f0", patternColor: "#e7e0d0", accentColor: "#b45309", textColor: "#292524",
    backgroundPattern: "diagonal", fontFamily: "Merriweather", showCornerBrackets: true, showAccentLine: true, logoUrl: null, customWatermarkText: null,
  },
};

export type ThemePreset = (typeof themePresets)[number];

/**
 * Create and replace (PUT) bodies: every field optional; what is left out comes from the preset
 * (minimal unless named), so a PUT is a full replacement with predictable defaults.
 */
export const themeInput = z.object({
  ...themeFieldsSchema.shape,
  name: z.string().trim().min(1).max(80),
}).partial().extend({
  preset: z.enum(themePresets).default("minimal"),
  isDefault: z.boolean().optional(),
});
export type ThemeInput = z.input<typeof themeInput>;

export const themeView = themeFieldsSchema.extend({ id: z.string(), isDefault: z.boolean(), createdAt: z.string(), updatedAt: z.string() });
export type ThemeView = z.infer<typeof themeView>;

/** GET /theme: the default theme, or the minimal preset (id and dates null) when there is none. */
export const workspaceThemeView = themeView.extend({ id: z.string().nullable(), createdAt: z.string().nullable(), updatedAt: z.string().nullable() });
export type WorkspaceThemeView = z.infer<typeof workspaceThemeView>;

/** Fills what the input leaves out from its preset; the result is a complete, valid theme. */
export function themeFieldsFrom(input: z.output<typeof themeInput>): ThemeFields {
  const { isDefault: _isDefault, ...given } = input;
  const defined = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined));
  return themeFieldsSchema.parse({ ...presetThemes[input.preset], ...defined });
}
