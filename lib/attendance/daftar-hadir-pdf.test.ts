import { describe, expect, it } from "vitest";
import { readPdf, renderFirstPage } from "@/lib/documents/testing";
import { renderDaftarHadirPdf } from "./daftar-hadir-pdf";
import { doorSignaturePng, sampleLetterhead, sampleRows, sampleSheet } from "./daftar-hadir-samples";
import { printableSignatures } from "./daftar-hadir-signatures";

// Rendering only, with generated people: a big meeting's sheet, long names, the sign-off at the end.
// How long it takes is measured by bench/daftar-hadir.ts, on the database, as the route serves it.

describe("the daftar hadir of a thousand people", () => {
  it("prints 1,000 signed rows on numbered pages, each with the column headings, long names and units wrapped in full, the sign-off last", async () => {
    const rows = sampleRows(1000, await doorSignaturePng(3));
    const sheet = sampleSheet(rows);
    const signatures = printableSignatures(sheet.rows);
    const bytes = await renderDaftarHadirPdf({ sheet, letterhead: await sampleLetterhead(), signatures, printed: { at: new Date("2026-12-22T10:00:00Z"), by: "Panitia Rakor Humas", timeZone: "Asia/Jakarta" } });
    const read = await readPdf(bytes);
    // About 15 signature rows to a landscape page, plus the summary and the sign-off.
    expect(read.pages.length).toBeGreaterThan(50);
    expect(read.pages.length).toBeLessThan(90);
    read.pages.forEach((page, i) => expect(page).toContain(`Hal. ${i + 1} dari ${read.pages.length}`));
    const listPages = read.pages.filter((page) => page.includes("Tanda Tangan"));
    expect(listPages.length).toBeGreaterThan(50);
    for (const page of listPages.slice(1)) expect(page).toContain("DAFTAR HADIR · Rapat Koordinasi Humas");
    const text = read.text.replace(/\s+/g, " ");
    expect(text).toContain("Raden Mas Haryo Bimo Adiwijoyo Kusumonegoro Prawirodirdjo Suryaningrat, S.H., M.H.");
    expect(text).toContain("Lembaga Pemasyarakatan Perempuan Kelas IIA Sungguminasa–Gowa di Kabupaten Gowa Provinsi Sulawesi Selatan Bagian Timur");
    expect(text).toContain("Nguyễn Thị Minh Khai 2");
    expect(text).toContain("1000.");
    expect(read.pages.at(-1)).toContain("Dr. Lestārī Wulandarī, S.H., M.H.");
    expect(read.pages.at(-1)).toContain("Jakarta, 22 Desember 2026");
    renderFirstPage(bytes, "daftar-hadir-1000", { dpi: 100 });
  });
});
