// The routes and the themes page import from here; each function lives in its own file.
export { themeInput, themeView, type ThemeView } from "./model";
export { toThemeView } from "./to-theme-view";
export { listThemes } from "./list-themes";
export { getTheme } from "./get-theme";
export { createTheme } from "./create-theme";
export { replaceTheme } from "./replace-theme";
export { deleteTheme } from "./delete-theme";
export { getWorkspaceTheme } from "./get-workspace-theme";
export { putWorkspaceTheme } from "./put-workspace-theme";
export { deleteWorkspaceTheme } from "./delete-workspace-theme";
