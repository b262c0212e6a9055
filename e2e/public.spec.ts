import { expect, test } from "@playwright/test";
import { DEMO_EVENT_SLUG } from "./accounts";

test.describe("public pages", () => {
  test("the home page lists the published demo event", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Acara dan rapat koordinasi" })).toBeVisible();
    await page.getByRole("link", { name: /Rapat Koordinasi Humas Pemasyarakatan/ }).click();
    await expect(page).toHaveURL(new RegExp(`/e/${DEMO_EVENT_SLUG}$`));
  });

  test("the event page shows theme, slogan, venue with a map link, WIB times, capacity and registration", async ({ page }) => {
    await page.goto(`/e/${DEMO_EVENT_SLUG}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rapat Koordinasi Humas Pemasyarakatan se-Indonesia");
    await expect(page.getByText("Sinergi Merajut Citra Pemasyarakatan yang Berdampak")).toBeVisible();
    await expect(page.getByText("Humas Bergerak Bersama")).toBeVisible();
    await expect(page.getByText(/Ballroom, Hotel Hilton Garden Inn/)).toBeVisible();
    const map = page.getByRole("link", { name: /di peta/ });
    await expect(map).toHaveAttribute("href", /^https:\/\/www\.google\.com\/maps\//);
    await expect(map).toHaveAttribute("rel", /noopener/);
    // Times are on the event's clock and say so, whatever zone the browser or server is in.
    await expect(page.getByText(/08\.00–16\.00 WIB/)).toBeVisible();
    await expect(page.getByText("Semua waktu dalam WIB (Asia/Jakarta).")).toBeVisible();
    await expect(page.getByText("150 kursi")).toBeVisible();
    await expect(page.getByText("Pendaftaran dibuka", { exact: true })).toBeVisible();
  });

  test("the page fits a phone screen without sideways scrolling", async ({ page }) => {
    await page.goto(`/e/${DEMO_EVENT_SLUG}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test("switching to English keeps the page and translates it", async ({ page }) => {
    await page.goto(`/e/${DEMO_EVENT_SLUG}`);
    await page.getByRole("button", { name: "en", exact: true }).click();
    await expect(page.getByText("All times in WIB (Asia/Jakarta).")).toBeVisible();
    await expect(page.getByText("150 seats")).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("button", { name: "id", exact: true }).click();
    await expect(page.getByText("150 kursi")).toBeVisible();
  });

  test("an unknown or unpublished event is a clear 404", async ({ page }) => {
    const response = await page.goto("/e/tidak-ada-acara-ini");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  });

  test("security headers are sent", async ({ page }) => {
    const response = await page.goto("/");
    const headers = response!.headers();
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-content-type-options"]).toBe("nosniff");
  });
});
