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
