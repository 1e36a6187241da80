// Every main page in light and dark, with an axe-core check: no serious or critical violations.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

const pages = [
  ["sessions", "/"],
  ["new-session", "/sessions/new"],
  ["themes", "/themes"],
  ["brand", "/brand"],
  ["kits", "/kits"],
  ["marketplace", "/marketplace"],
  ["api-keys", "/settings/api-keys"],
  ["webhooks", "/settings/webhooks"],
  ["voice-profiles", "/settings/voice-profiles"],
  ["billing", "/settings/billing"],
  ["api-reference", "/docs/api"],
] as const;

test.beforeEach(async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Continue as local owner" }).click();
  await expect(page.getByRole("heading", { name: "Sessions", exact: true })).toBeVisible();
});

for (const scheme of ["light", "dark"] as const) {
  test(`main pages in ${scheme} mode pass axe`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.addInitScript((s) => localStorage.setItem("theme", s), scheme);
    for (const [name, url] of pages) {
      await page.goto(url);
      await expect(page.locator("h1").first()).toBeVisible();
      await page.screenshot({ path: `artifacts/screenshots/${name}-${scheme}.png`, fullPage: true });
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
      const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(bad.map((v) => `${name}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`)).toEqual([]);
    }
  });
}

test("the Studio works at 375 px wide", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/");
  await page.getByRole("button", { name: "Menu" }).click();
  await expect(page.getByRole("link", { name: "Webhooks" })).toBeVisible();
  await page.screenshot({ path: "artifacts/screenshots/mobile-menu.png" });
});
