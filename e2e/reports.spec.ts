import { strFromU8, unzipSync } from "fflate";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { ORGANIZER } from "./accounts";
import { checkLayout, expect, runStamp, test } from "./console-fixtures";

// Humas after the meeting: the laporan kegiatan from the Dokumen page, and the siaran pers drafted
// from the same facts, edited, saved, downloaded and put back to the template. Both projects share
// one database, so each starts from the template (resetting what the other left, if anything).

test.use({ storageState: ORGANIZER.state });

async function openDocuments(page: Page) {
  await page.goto("/console");
  await page.getByRole("link", { name: /Rapat Koordinasi Humas Pemasyarakatan/ }).first().click();
  await page.getByRole("link", { name: "Dokumen", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Laporan kegiatan dan siaran pers" })).toBeVisible();
}

const documentXml = (bytes: Buffer) => strFromU8(unzipSync(new Uint8Array(bytes))["word/document.xml"]!);

test("downloads the laporan kegiatan from the Dokumen page as PDF and DOCX", async ({ page }) => {
  await openDocuments(page);
  await expect(page.getByTestId("report-attendance")).toHaveText(/sudah hadir|Belum ada check-in/);
  await checkLayout(page, "documents-report");
  const pdf = await page.request.get((await page.getByRole("link", { name: "Laporan kegiatan (PDF)" }).getAttribute("href"))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Laporan kegiatan (DOCX)" }).click()]);
  expect(download.suggestedFilename()).toBe("laporan-kegiatan-rakor-humas-pemasyarakatan-2024.docx");
  const xml = documentXml(readFileSync((await download.path())!));
  expect(xml).toContain("LAPORAN KEGIATAN");
  expect(xml).toContain("Sinergi Merajut Citra Pemasyarakatan yang Berdampak");
});

test("edits and saves the siaran pers, downloads it, and puts it back to the template", async ({ page }, testInfo) => {
  const stamp = runStamp(testInfo);
  await openDocuments(page);
  await page.getByRole("link", { name: "Sunting siaran pers" }).click();
  await expect(page.getByRole("heading", { name: "Siaran pers", exact: true })).toBeVisible();
  const title = page.getByLabel("Judul", { exact: true });
  const body = page.getByLabel("Isi siaran pers", { exact: true });
  const reset = page.getByRole("button", { name: "Kembalikan ke templat" });
  if (await reset.isVisible()) {
    await reset.click();
    await page.getByRole("button", { name: "Ya, kembalikan ke templat" }).click();
    await expect(page.getByText("Siaran pers dikembalikan ke templat.")).toBeVisible();
  }
  await expect(page.getByTestId("press-state")).toHaveText("Belum disunting: ini draf dari templat.");
  const template = { title: await title.inputValue(), body: await body.inputValue() };
  expect(template.title).toBe("Ditjenpas Menyelenggarakan Rapat Koordinasi Humas Pemasyarakatan se-Indonesia");
  expect(template.body).toMatch(/^JAKARTA BARAT – Direktorat Jenderal Pemasyarakatan menyelenggarakan Rapat Koordinasi Humas Pemasyarakatan se-Indonesia pada \S+–\S+ \([\d/–]+\)/);
  await checkLayout(page, "press-release-template");

  // An empty body is refused by the field, and nothing is saved.
  await body.fill("   ");
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByText("Isi siaran pers tidak boleh kosong.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("press-state")).toHaveText("Belum disunting: ini draf dari templat.");

  const edited = `Humas Bergerak Bersama ${stamp}`;
  await title.fill(edited);
  await body.fill(`${template.body}\n\nParagraf tambahan dari Humas ${stamp}.`);
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByText("Siaran pers disimpan.")).toBeVisible();
  await expect(page.getByTestId("press-state")).toContainText("Naskah tersimpan");
  await page.reload();
  await expect(title).toHaveValue(edited);
  await checkLayout(page, "press-release-saved");

  const pdf = await page.request.get((await page.getByRole("link", { name: "Unduh PDF" }).getAttribute("href"))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Unduh DOCX" }).click()]);
  const xml = documentXml(readFileSync((await download.path())!));
  expect(xml).toContain(edited);
  expect(xml).toContain(`Paragraf tambahan dari Humas ${stamp}.`);

  await reset.click();
  await page.getByRole("button", { name: "Ya, kembalikan ke templat" }).click();
  await expect(page.getByText("Siaran pers dikembalikan ke templat.")).toBeVisible();
  await expect(title).toHaveValue(template.title);
  await expect(page.getByTestId("press-state")).toHaveText("Belum disunting: ini draf dari templat.");
  const after = documentXml(await (await page.request.get((await page.getByRole("link", { name: "Unduh DOCX" }).getAttribute("href"))!)).body());
  expect(after).not.toContain(edited);
  expect(after).toContain(template.title);
});
