// The Studio end to end in Chromium against `next start` on a fresh embedded database.
import { execFileSync } from "node:child_process";
import { createServer } from "node:http";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test, expect } from "@playwright/test";

test.describe.configure({ mode: "serial" });

test("upload → live progress → edit → approve → Course Pack → API key → webhook test and rotation → theme preview", async ({ page, baseURL }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Continue as local owner" }).click();
  await expect(page.getByRole("heading", { name: "Sessions", exact: true })).toBeVisible();

  // New session from the checked-in speech file; the pipeline runs by itself.
  await page.getByRole("link", { name: "New session" }).first().click();
  await page.getByLabel("Recording", { exact: true }).setInputFiles("tests/fixtures/audio/onboarding.mp3");
  await page.getByLabel("Title", { exact: true }).fill("First week walkthrough");
  await page.getByLabel("Kit", { exact: true }).selectOption("onboarding_kit");
  await page.getByRole("button", { name: "Create session" }).click();
  await expect(page).toHaveURL(/\/sessions\/\d+$/, { timeout: 30_000 });
  const jobUrl = page.url();
  await expect(page.getByRole("progressbar", { name: "Pipeline progress" })).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: "artifacts/screenshots/session-progress.png", fullPage: true });
  await expect(page.getByText("Kit review")).toBeVisible();
  await expect(page.getByRole("button", { name: "Mark delivered" })).toBeVisible({ timeout: 150_000 });
  expect(page.url()).toBe(jobUrl); // no reload, no navigation: the page followed progress by itself

  // Edit the SOP's first paragraph, then approve it.
  const sop = page.locator("article", { hasText: "Standard operating procedure" }).first();
  await sop.getByRole("button", { name: "Edit" }).click();
  const firstParagraph = sop.getByLabel("Paragraph").first();
  await firstParagraph.fill("Edited in the Studio: call every new customer on day two.");
  await sop.getByRole("button", { name: "Save changes" }).click();
  await expect(sop.getByText("Edited in the Studio: call every new customer on day two.")).toBeVisible();
  await sop.getByRole("button", { name: "Approve" }).click();
  await expect(sop.getByText("approved", { exact: true })).toBeVisible();
  await page.screenshot({ path: "artifacts/screenshots/session-review.png", fullPage: true });

  // The Course Pack carries the edit.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download Course Pack" }).click();
  const zip = path.join(mkdtempSync(path.join(os.tmpdir(), "e2e-")), "pack.zip");
  await (await download).saveAs(zip);
  const names = execFileSync("unzip", ["-Z1", zip]).toString();
  expect(names).toContain("manifest.json");
  const sopMd = names.split("\n").find((n) => n.startsWith("assets/01-") && n.endsWith(".md"))!;
  expect(execFileSync("unzip", ["-p", zip, sopMd]).toString()).toContain("Edited in the Studio: call every new customer on day two.");

  // An API key, shown once, that works from outside the browser.
  await page.goto("/settings/api-keys");
  await page.getByLabel("Name").fill("E2E");
  await page.getByRole("button", { name: "Create key" }).click();
  const key = (await page.getByTestId("new-api-key").textContent())!.trim();
  expect(key).toMatch(/^tsk_live_[0-9A-Za-z]{32}$/);
  const jobs = await fetch(`${baseURL}/api/v1/jobs`, { headers: { Authorization: `Bearer ${key}` } });
  expect(jobs.status).toBe(200);
  expect(((await jobs.json()) as { data: { title: string }[] }).data.map((j) => j.title)).toContain("First week walkthrough");

  // A webhook pointed at a local receiver; Test delivers a signed ping.
  const hits: string[] = [];
  const receiver = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      hits.push(body);
      res.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  try {
    await page.goto("/settings/webhooks");
    await page.getByLabel("Endpoint URL").fill(`http://127.0.0.1:${(receiver.address() as { port: number }).port}/hook`);
    await page.getByRole("button", { name: "Add endpoint" }).click();
    await page.getByRole("button", { name: "Send test" }).click();
    await expect(page.getByTestId("webhook-test-result")).toHaveText("Delivered: HTTP 200");
    expect(hits).toContain('{"event":"test"}');
    // Rotating keeps the old secret signing for a while; the member can end that early.
    page.once("dialog", (d) => void d.accept());
    await page.getByRole("button", { name: "Rotate" }).click();
    await expect(page.getByText("The previous secret also signs deliveries until")).toBeVisible();
    await page.getByRole("button", { name: "End grace period now" }).click();
    await expect(page.getByText("The previous secret also signs deliveries until")).toBeHidden();
  } finally {
    receiver.close();
  }

  // The theme preview follows the colour as it changes.
  await page.goto("/themes");
  const preview = page.getByTestId("card-preview");
  const before = await preview.evaluate((el) => getComputedStyle(el).backgroundColor);
  await page.getByLabel("Background colour hex").fill("#123456");
  await expect.poll(() => preview.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(18, 52, 86)");
  expect(before).not.toBe("rgb(18, 52, 86)");
  writeFileSync("artifacts/e2e-job-url.txt", jobUrl);
});
