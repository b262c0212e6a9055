import { readFileSync } from "node:fs";
import { unzipSync } from "fflate";
import { ORGANIZER } from "./accounts";
import { checkLayout, expect, test } from "./console-fixtures";

// The event's Dokumen page gathers every paper of the meeting; the SPJ pack is one download.
test.describe("organizer", () => {
  test.use({ storageState: ORGANIZER.state });

  test("opens the event's documents and downloads the SPJ pack with its checksums", async ({ page }) => {
    await page.goto("/console");
    await page.getByRole("link", { name: /Rapat Koordinasi Humas Pemasyarakatan/ }).first().click();
    await page.getByRole("navigation", { name: /acara|event/i }).getByRole("link", { name: "Dokumen" }).click();
    await expect(page.getByRole("heading", { name: "Berkas SPJ" })).toBeVisible();
    await checkLayout(page, "documents");

    const summary = await page.request.get((await page.getByRole("link", { name: "Rekap kehadiran per unit (PDF)" }).getAttribute("href"))!);
    expect(summary.status()).toBe(200);
    expect(summary.headers()["content-type"]).toBe("application/pdf");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Unduh berkas SPJ (ZIP)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^spj-.+\.zip$/);
    const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    const names = Object.keys(files);
    expect(names).toContain("00-daftar-isi.pdf");
    expect(names).toContain("SHA256SUMS");
    const sums = new TextDecoder().decode(files.SHA256SUMS);
    for (const name of names.filter((n) => !["00-daftar-isi.pdf", "manifest.json", "SHA256SUMS"].includes(n))) expect(sums).toContain(`  ${name}\n`);
  });
});
