import { readFileSync } from "node:fs";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { DITJENPAS } from "@/prisma/seed/organization";
import { createDocx, docxFields, docxLetterhead, docxSignOff, docxTable, packDocx, paragraph } from "./docx";
import { drawFields, drawSignOff } from "./fields";
import { drawLetterhead, printableLetterhead, type LetterheadSource } from "./letterhead";
import { createPdf } from "./pdf";
import { drawTable } from "./table";
import { printDocxWithLibreOffice, readDocx, readPdf, renderFirstPage } from "./testing";
import { fileSlug, sha256, zipFiles } from "./zip";
import { unzipSync } from "fflate";

const logoSvg = readFileSync(new URL("../../prisma/seed/demo-logo.svg", import.meta.url));
const source = async (type: "png" | "webp"): Promise<LetterheadSource> => ({
  ...DITJENPAS,
  logo: new Uint8Array(await (type === "png" ? sharp(logoSvg).png() : sharp(logoSvg).webp()).toBuffer()),
  logoType: `image/${type}`,
});
const PEOPLE = ["Lestārī Wulandarī", "Nguyễn Thị Minh Khai", "Ṣọlá Adébáyọ̀", "Zoë Ångström-Çelik", "Siti Nur'aini"];
const LONG_UNIT = "Lembaga Pemasyarakatan Perempuan Kelas IIA Sungguminasa–Gowa di Kabupaten Gowa Provinsi Sulawesi Selatan Bagian Timur";

describe("the document toolkit", () => {
  it("prints names with diacritics intact in an embedded Noto Sans, under the organisation's letterhead, numbered 'Hal. 1 dari N'", async () => {
    const pdf = createPdf({ title: "Uji dokumen — Lestārī" });
    drawLetterhead(pdf, await printableLetterhead(await source("png")));
    drawFields(pdf, [["Hari, tanggal", "Senin, 22 Desember 2026"], ["Tempat", "Ballroom, Hotel Mercure Jakarta Batavia"]]);
    pdf.doc.moveDown();
    const rows = Array.from({ length: 120 }, (_, i) => [String(i + 1), PEOPLE[i % PEOPLE.length]!, i % 7 === 0 ? LONG_UNIT : "Lapas Kelas I Semarang", ""]);
    drawTable(pdf, { columns: [{ header: "No", weight: 1, align: "right" }, { header: "Nama", weight: 6 }, { header: "Unit Kerja", weight: 6 }, { header: "Tanda Tangan", weight: 4 }], rows, minRowHeight: 20 });
    drawSignOff(pdf, { placeAndDate: "Jakarta, 25 Desember 2026", roleLines: ["Mengetahui,", "Ketua Panitia"], name: "Dr. Lestārī Wulandarī, S.H., M.H.", nip: "198001012005012001" });
    const bytes = await pdf.finish({ printed: { at: new Date("2026-12-22T09:41:00Z"), by: "Nguyễn Văn An", timeZone: "Asia/Jakarta" } });

    const read = await readPdf(bytes);
    expect(read.fonts.every((font) => /NotoSans/.test(font))).toBe(true);
    expect(read.fonts).not.toContain("Helvetica");
    for (const name of PEOPLE) expect(read.text.replace(/\s+/g, " ")).toContain(name);
    expect(read.pages[0]).toContain("DIREKTORAT JENDERAL PEMASYARAKATAN");
    expect(read.pages[0]).toContain("KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN");
    expect(read.pages[0]).toContain("Telp. (021) 3857611 · humas@ditjenpas.go.id");
    expect(read.pages.length).toBeGreaterThan(2);
    read.pages.forEach((page, i) => expect(page).toContain(`Hal. ${i + 1} dari ${read.pages.length}`));
    expect(read.pages.at(-1)).toContain("Dicetak 22 Des 2026 pukul 16.41 WIB oleh Nguyễn Văn An");
    expect(read.pages.at(-1)).toContain("NIP. 198001012005012001");
    // Every table page repeats the headings.
    for (const page of read.pages) expect(page).toContain("Tanda Tangan");
    const png = renderFirstPage(bytes, "toolkit-table");
    expect((await sharp(png).metadata()).width).toBeGreaterThan(500);
  });

  it("prints a WebP logo (converted) and a letterhead without logo or contact", async () => {
    const withWebp = await printableLetterhead(await source("webp"));
    expect(withWebp.logo?.type).toBe("png");
    const bare = await printableLetterhead({ name: "Panitia Rakor", parentLines: null, address: null, phone: null, email: null, website: null, logo: null, logoType: null });
    expect(bare).toMatchObject({ parentLines: [], contact: null, logo: null });
    for (const letterhead of [withWebp, bare]) {
      const pdf = createPdf({ title: "Kop" });
      drawLetterhead(pdf, letterhead);
      drawTable(pdf, { columns: [{ header: "Nama", weight: 1 }], rows: [], empty: "Belum ada peserta." });
      const read = await readPdf(await pdf.finish({ pageNumbers: false }));
      expect(read.pages).toHaveLength(1);
      expect(read.text).toContain("Belum ada peserta.");
      expect(read.text).not.toContain("Hal. 1");
    }
  });

  it("writes a DOCX with the letterhead, a table, fields and sign-off, and Noto Sans embedded", async () => {
    const letterhead = await printableLetterhead(await source("png"));
    const document = createDocx({
      title: "Surat uji",
      children: [
        ...docxLetterhead(letterhead),
        paragraph("Yth. Kepala UPT Pemasyarakatan se-Indonesia", { after: 6 }),
        docxFields([["Hari, tanggal", "Senin s.d. Kamis, 22–25 Desember 2026"]]),
        docxTable([{ header: "No", weight: 1 }, { header: "Nama", weight: 6 }], PEOPLE.map((name, i) => [String(i + 1), name])),
        docxSignOff({ placeAndDate: "Jakarta, 1 Desember 2026", roleLines: ["Direktur Jenderal"], name: "Lestārī Wulandarī", nip: "198001012005012001" }),
      ],
    });
    const bytes = await packDocx(document);
    const read = readDocx(bytes);
    for (const name of PEOPLE) expect(read.paragraphs).toContain(name);
    expect(read.text).toContain("DIREKTORAT JENDERAL PEMASYARAKATAN");
    expect(read.text).toContain("NIP. 198001012005012001");
    expect(read.files.some((file) => /^word\/fonts\/.+\.odttf$/.test(file))).toBe(true);
    expect(read.files.some((file) => /^word\/media\//.test(file))).toBe(true);
    // LibreOffice opens it as a regional office would, and prints the names as typed.
    const printed = printDocxWithLibreOffice(bytes, "toolkit-docx");
    for (const name of PEOPLE) expect(printed.text.normalize("NFC")).toContain(name);
    expect((await readPdf(printed.pdf)).fonts.some((font) => /NotoSans/.test(font))).toBe(true);
  }, 120_000);

  it("zips files in order with a checksum for each, and refuses two files of the same name", () => {
    const a = new TextEncoder().encode("satu");
    const zip = zipFiles([{ path: "01-surat.pdf", data: a }, { path: "manifest.txt", data: new TextEncoder().encode(sha256(a)) }]);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(["01-surat.pdf", "manifest.txt"]);
    expect(new TextDecoder().decode(files["manifest.txt"])).toBe("4890d709dd99e7a58a03d79f02c7eec005c11f2893a3587ff4faa52b1d078c10");
    expect(() => zipFiles([{ path: "a.pdf", data: a }, { path: "a.pdf", data: a }])).toThrow(/duplicate/);
    expect(fileSlug("Lapas Perempuan Kelas IIA Sungguminasa – Gowa")).toBe("lapas-perempuan-kelas-iia-sungguminasa-gowa");
    expect(fileSlug("Nguyễn")).toBe("nguyen");
    expect(fileSlug("???")).toBe("dokumen");
  });
});
