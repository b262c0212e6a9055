import { expect, test } from "./console-fixtures";
import { checkLayout, runStamp } from "./console-fixtures";
import { COORDINATOR, ORGANIZER } from "./accounts";

// The surat undangan: the organiser fills it once on the event's Dokumen page and downloads it as
// PDF and DOCX; a unit's coordinator downloads the letter addressed to their unit from the portal,
// on a phone as often as at a desk. Both projects share one database: each saves its own number.

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

test.describe("organiser", () => {
  test.use({ storageState: ORGANIZER.state });

  test("fills in the letter, is told what is wrong with a bad NIP, saves it and downloads it as PDF and DOCX", async ({ page }, testInfo) => {
    const number = `PAS-HM.01.02-${runStamp(testInfo)}`;
    await page.goto("/console");
    await page.getByRole("link", { name: "Rapat Koordinasi Humas Pemasyarakatan se-Indonesia" }).first().click();
    await page.getByRole("link", { name: "Dokumen", exact: true }).click();
    const section = page.getByRole("region", { name: "Surat undangan" });
    await expect(section.getByTestId("letter-state")).toBeVisible();
    await checkLayout(page, "documents-letter-section");
    await section.getByRole("link", { name: "Isi surat" }).click();

    // Opens filled in with the defaults drawn from the event.
    await expect(page.getByLabel("Sifat")).toHaveValue(/\S/);
    await expect(page.getByLabel("Kepada (Yth.)")).toHaveValue(/\S/);
    await page.getByLabel("Nomor surat").fill(number);
    await page.getByLabel("Tanggal surat").fill("2026-12-01");
    await page.getByLabel("Nama penanda tangan").fill("Dr. Supriyanto, S.H., M.H.");
    await page.getByLabel("NIP penanda tangan").fill("1970010119900");
    await page.getByLabel("Narahubung").fill("Lestārī Wulandarī – 0812 3456 7890");
    await page.getByRole("button", { name: "Simpan surat" }).click();
    await expect(page.getByText("NIP terdiri dari 18 angka.")).toBeVisible();
    await expect(page.getByText("Surat disimpan.")).toHaveCount(0);

    await page.getByLabel("NIP penanda tangan").fill("197001011990031001");
    await page.getByRole("button", { name: "Simpan surat" }).click();
    await expect(page.getByText("Surat disimpan.")).toBeVisible();
    await checkLayout(page, "letter-form");
    await page.reload();
    await expect(page.getByLabel("Nomor surat")).toHaveValue(number);

    await page.getByRole("link", { name: "Kembali ke Dokumen" }).click();
    await expect(section.getByTestId("letter-state")).toContainText(/Disimpan .+ oleh .+/);
    await expect(section.getByTestId("letter-state")).toContainText(number);
    for (const [name, type] of [["Surat (PDF)", "application/pdf"], ["Surat (DOCX)", DOCX_TYPE], ["Lampiran (PDF)", "application/pdf"], ["Lampiran (DOCX)", DOCX_TYPE]] as const) {
      const response = await page.request.get((await section.getByRole("link", { name }).getAttribute("href"))!);
      expect(response.status(), name).toBe(200);
      expect(response.headers()["content-type"], name).toBe(type);
      const magic = (await response.body()).subarray(0, 4).toString("latin1");
      expect(magic, name).toBe(type === DOCX_TYPE ? "PK\u0003\u0004" : "%PDF");
    }
    // One PDF per invited unit (54 in the demo): once, on the desk, where it is used.
    if (testInfo.project.name === "desktop") {
      const zip = await page.request.get((await section.getByRole("link", { name: /Surat per unit \(ZIP, 54 PDF\)/ }).getAttribute("href"))!, { timeout: 45_000 });
      expect(zip.status()).toBe(200);
      expect(zip.headers()["content-type"]).toBe("application/zip");
      expect(zip.headers()["content-disposition"]).toContain("attachment");
    }
  });
});

test.describe("unit coordinator", () => {
  test.use({ storageState: COORDINATOR.state });

  test("downloads the unit's own letter from the unit portal, and another unit's letter is not found", async ({ page }) => {
    await page.goto("/unit");
    await page.getByRole("link", { name: "Kelola peserta" }).first().click();
    const letter = page.getByRole("region", { name: "Surat undangan" });
    await expect(letter).toBeVisible();
    await checkLayout(page, "unit-event-letter");
    const href = (await letter.getByRole("link", { name: "Unduh surat (PDF)" }).getAttribute("href"))!;
    const response = await page.request.get(href);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect((await response.body()).subarray(0, 4).toString("latin1")).toBe("%PDF");

    const other = href.replace(/\/[^/]+\/letter\.pdf$/, "/bukan-unit-saya/letter.pdf");
    expect((await page.request.get(other)).status()).toBe(404);
  });
});
