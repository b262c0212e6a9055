import { mkdirSync } from "node:fs";
import path from "node:path";
import { test as base, expect, type BrowserContextOptions, type Page, type TestInfo } from "@playwright/test";

// Shared by the console specs: every page a test opens is watched for script errors, and each
// console page it visits can be checked for sideways scrolling (a phone must never need it) and,
// with E2E_SHOTS_DIR set, saved as a full-page screenshot for a person to look at.

/** Collects uncaught exceptions and console errors of a page; the test fails if any occurred. */
export function watchErrors(page: Page, errors: string[]) {
  page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
  page.on("console", (message) => {
    // The browser asks for /favicon.ico on its own; that request is not the page's error.
    if (message.type() === "error" && !message.location().url.endsWith("/favicon.ico")) {
      errors.push(`${page.url()}: console.error ${message.text()} (${message.location().url})`);
    }
  });
  // The console message of a failed request does not say which one it was.
  page.on("response", (response) => {
    if (response.status() >= 400) errors.push(`${page.url()}: ${response.status()} for ${response.request().method()} ${response.url()}`);
  });
}

export const test = base.extend<{ browserErrors: string[] }>({
  browserErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      watchErrors(page, errors);
      await use(errors);
      expect(errors, "no script errors in the browser").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** A short identity unique to this run and project, e.g. "d-m1x2y3z4". */
export function runStamp(testInfo: TestInfo): string {
  return `${testInfo.project.name.slice(0, 1)}-${Date.now().toString(36)}`;
}

/** The device settings of the running project, for a fresh context without any session. */
export function deviceOf(testInfo: TestInfo): BrowserContextOptions {
  const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, baseURL, locale } = testInfo.project.use;
  return { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, baseURL, locale, storageState: { cookies: [], origins: [] } };
}

/** The page is no wider than the screen, and is saved as a screenshot when E2E_SHOTS_DIR is set. */
export async function checkLayout(page: Page, name: string) {
  await page.waitForLoadState("load");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${name}: the page scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
  const dir = process.env.E2E_SHOTS_DIR;
  if (dir) {
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: path.join(dir, `${base.info().project.name}-${name}.png`), fullPage: true, scale: "css" });
  }
}
