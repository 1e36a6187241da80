import { test, expect } from "@playwright/test";

const SAMPLE = "Sample: customer success onboarding walkthrough";

test("a new user signs in locally and finds the sample session, processed into an Onboarding Kit", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByRole("button", { name: "Continue as local owner" }).click();
  await expect(page.getByRole("heading", { name: "Sessions", exact: true })).toBeVisible();
  await expect(page.getByText("studio", { exact: true }).first()).toBeVisible();
  await page.getByRole("link", { name: new RegExp(SAMPLE) }).first().click();
  await expect(page.getByRole("heading", { name: SAMPLE })).toBeVisible();
  // The server's job runner takes the pasted transcript through extraction and the kit.
  await expect(page.locator("article", { hasText: "Standard operating procedure" }).first()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText("Relay").first()).toBeVisible();
  await page.screenshot({ path: "artifacts/screenshots/sample-session.png", fullPage: true });
  await page.goto("/");
  await expect(page.getByRole("row", { name: new RegExp(SAMPLE) }).getByRole("cell", { name: "review", exact: true })).toBeVisible();
  await page.screenshot({ path: "artifacts/screenshots/dashboard.png", fullPage: true });
});
