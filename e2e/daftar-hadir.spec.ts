import { ORGANIZER } from "./accounts";
import { checkLayout, expect, test } from "./console-fixtures";

// The finance officer's daftar hadir from the event's Dokumen page: the plain GET form gives the
// PDF (opened in the browser) and the XLSX (downloaded) for the chosen day and sheet; the sign-off
// set through the form prints under every sheet.

test.use({ storageState: ORGANIZER.state });

async function openDocuments(page: import("@playwright/test").Page) {
  await page.goto("/console");
  await page.getByRole("link", { name: /Rapat Koordinasi Humas Pemasyarakatan/ }).first().click();
  await page.getByRole("link", { name: "Dokumen" }).click();
  await expect(page.getByRole("heading", { name: "Daftar hadir", exact: true })).toBeVisible();
}

test("sets the sign-off through the form, refusing a wrong NIP at its field, and the sheet says who signs", async ({ page }, testInfo) => {
  await openDocuments(page);
  await checkLayout(page, "daftar-hadir-documents");
  const form = page.getByRole("region", { name: "Penanda tangan daftar hadir" });
  const name = `Supriyanto ${testInfo.project.name}`;
  await form.getByLabel("Nama", { exact: true }).fill(name);
  await form.getByLabel("NIP").fill("1234");
  await form.getByLabel("Tempat (kota)").fill("Jakarta");
  await form.getByRole("button", { name: "Simpan penanda tangan" }).click();
  await expect(form.getByText("NIP terdiri dari 18 angka.")).toBeVisible();
  await expect(page.getByTestId("sign-off-status")).not.toContainText(name);
  await checkLayout(page, "daftar-hadir-sign-off-error");

  await form.getByLabel("NIP").fill("19750817 200003 1 002");
  await form.getByRole("button", { name: "Simpan penanda tangan" }).click();
  await expect(form.getByText("Penanda tangan disimpan.")).toBeVisible();
  await expect(page.getByTestId("sign-off-status")).toContainText(`Mengetahui, Ketua Panitia — ${name}`);
  await page.reload();
  await expect(form.getByLabel("NIP")).toHaveValue("197508172000031002");
});

test("downloads the day's on-site daftar hadir as PDF and the online one as XLSX from the Dokumen page", async ({ page }) => {
  await openDocuments(page);
  const day = await page.getByLabel("Hari", { exact: true }).inputValue();
  expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  // The PDF opens in the browser's viewer: read what the form asked for and fetch it the same way.
  const [pdfRequest] = await Promise.all([
    page.waitForRequest((request) => request.url().includes("/attendance/daftar-hadir.pdf")),
    page.getByRole("button", { name: "PDF (untuk dicetak dan SPJ)" }).click(),
  ]);
  const pdfUrl = new URL(pdfRequest.url());
  expect(Object.fromEntries(pdfUrl.searchParams)).toEqual({ day, session: "", sheet: "onsite", absent: "list" });
  const pdf = await page.request.get(pdfUrl.toString());
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

  await openDocuments(page);
  await page.getByLabel("Daring, dengan keterangan siapa yang mencatat").check();
  await page.getByLabel("Tidak dicantumkan").check();
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "XLSX (spreadsheet)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^daftar-hadir-daring-rakor-humas-pemasyarakatan-2024-${day}\\.xlsx$`));
  const bytes = await (await import("node:fs/promises")).readFile((await download.path())!);
  expect(bytes.subarray(0, 2).toString("hex")).toBe("504b");

  // A day that is not one of the event's is refused with a clear text, not a broken file.
  const refused = await page.request.get(pdfUrl.toString().replace(`day=${day}`, "day=1999-01-01"));
  expect(refused.status()).toBe(400);
  expect(await refused.text()).toContain("Acara tidak berlangsung pada hari itu.");
});
