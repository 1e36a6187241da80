import { test, expect } from "@playwright/test";

test("a new user signs in locally and sees the empty dashboard", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByRole("button", { name: "Continue as local owner" }).click();
  await expect(page.getByRole("heading", { name: "Sessions", exact: true })).toBeVisible();
  await expect(page.getByText("No sessions yet")).toBeVisible();
  await expect(page.getByText("studio", { exact: true }).first()).toBeVisible();
  await page.screenshot({ path: "artifacts/screenshots/dashboard-empty.png", fullPage: true });
});
