import { requirePageCaller } from "@/lib/auth/session/page-caller";
import { listThemes } from "@/lib/themes/list-themes";
import { backgroundPatterns, fontFamilies, presetThemes, themePresets } from "@/lib/themes/model";
import { PageHeader } from "@/components/ui/page-header";
import { ThemeEditor } from "@/components/themes/theme-editor";

export const metadata = { title: "Themes" };

export default async function ThemesPage() {
  const caller = await requirePageCaller();
  const themes = await listThemes(caller.workspace.id);
  return (
    <div className="mx-auto max-w-6xl">
      <PageHeader title="Themes" description="How quote cards and videos look. The preview updates as you change the theme; the default theme is used for every export." />
      <ThemeEditor initial={themes.data} presets={presetThemes} patterns={[...backgroundPatterns]} fonts={[...fontFamilies]} presetNames={[...themePresets]} />
    </div>
  );
}
